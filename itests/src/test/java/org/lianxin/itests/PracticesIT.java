package org.lianxin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.lianxin.api.security.Role;
import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.spi.Practice;
import org.lianxin.spi.SuggestionListener;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.Configuration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Practices hot-deployed into the running distribution: installed with {@code feature:install -r}, used end to end
 * over REST and the console in the region they are activated for (and refused in another), removed, and installed
 * again with their data, while core keeps answering all along.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PracticesIT extends TestSupport {
    private static final String STUDIO = "/practices/studio";

    private Http http() throws Exception {
        Http http = adminHttp();
        assertTrue("REST up", Http.await(Duration.ofSeconds(60), () -> http.get("/health").status() == 200));
        return http;
    }

    /** Installs a practice feature as an admin would and returns the milliseconds until its endpoint answered 200. */
    private long install(Http http, String feature, String endpoint) throws Exception {
        long start = System.nanoTime();
        String out = console("feature:install -r " + feature);
        assertFalse(out, out.contains("ERROR"));
        assertTrue(feature + " live", Http.await(Duration.ofSeconds(60), () -> http.get(endpoint).status() == 200));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long uninstall(Http http, String feature, String endpoint) throws Exception {
        long start = System.nanoTime();
        String out = console("feature:uninstall -r " + feature);
        assertFalse(out, out.contains("ERROR"));
        assertTrue(feature + " gone", Http.await(Duration.ofSeconds(60), () -> http.get(endpoint).status() == 404));
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    public void studioIsInstalledUsedRemovedAndReinstalledWhileCoreServes() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        Fixture elsewhere = new Fixture(http);
        String county = f.prefix + "Q";
        Http.Response absent = http.get(STUDIO + "/studios");
        assertEquals(404, absent.status());
        assertEquals("practice studio is not installed", absent.message());

        try (CoreProbe core = new CoreProbe(http)) {
            long installMs = install(http, "lianxin-practice-studio", STUDIO + "/studios");
            assertTrue(console("practice:activate studio " + county).contains("activated for " + county));

            JsonNode studio = created(http, STUDIO + "/studios", Http.map("regionId", f.township, "name", "测试教育工作室",
                    "brand", "春苗", "theme", "EDUCATION", "stationId", null));
            long id = studio.get("id").asLong();
            assertEquals(200, http.put(STUDIO + "/studios/" + id + "/members/" + f.deputy,
                    Http.map("level", "COUNTY", "lead", true)).status());
            assertEquals(200, http.put(STUDIO + "/studios/" + id + "/members/" + f.deputy2, Http.map()).status());
            for (String item : List.of("ORGANIZATION", "SERVICE_NOTICE", "RULES", "CONTACT_CARDS", "OPINION_REGISTER",
                    "HANDLING_PROCESS", "ONLINE_GROUP", "MATERIALS")) {
                assertEquals(200, http.put(STUDIO + "/studios/" + id + "/standard/" + item,
                        Http.map("evidence", "现场照片")).status());
            }
            JsonNode compliance = http.get(STUDIO + "/compliance?regionId=" + f.county).body().get("items").get(0);
            assertTrue(compliance.get("compliant").asBoolean());

            // a consultation answered by a member becomes the member's approved duty record
            long question = created(http, STUDIO + "/studios/" + id + "/consultations",
                    Http.map("asker", "家长王某", "question", "课后服务怎么收费？")).get("id").asLong();
            JsonNode answered = http.post(STUDIO + "/consultations/" + question + "/answer",
                    Http.map("deputyId", f.deputy, "answer", "按学期收费，困难家庭减免。")).body();
            JsonNode duty = http.get("/duties/" + answered.get("dutyRecordId").asLong()).body();
            assertEquals("RECEPTION", duty.get("kind").asText());
            assertEquals("APPROVED", duty.get("status").asText());
            assertEquals(409, http.post(STUDIO + "/consultations/" + question + "/answer",
                    Http.map("deputyId", f.deputy, "answer", "again")).status());

            // an opinion enters core's register, becomes a suggestion, and is implemented when that is solved
            JsonNode opinion = created(http, STUDIO + "/studios/" + id + "/opinions",
                    Http.map("deputyId", f.deputy2, "content", "建议增设校门口护学岗", "submitterName", "赵某"));
            long coreOpinion = opinion.get("opinionId").asLong();
            assertEquals(200, http.get("/opinions/" + coreOpinion).status());
            JsonNode promoted = http.post(STUDIO + "/opinions/" + opinion.get("id").asLong() + "/promote",
                    Http.map("title", "增设校门口护学岗", "category", "EDUCATION")).body();
            long suggestion = promoted.get("suggestionId").asLong();
            f.act(suggestion, "group-pass", null);
            f.act(suggestion, "route", Http.map("tier", "COUNTY"));
            f.act(suggestion, "assign", Http.map("leadUnitId", f.countyUnit, "coUnitIds", List.of()));
            f.act(suggestion, "accept", null);
            f.act(suggestion, "reply", Http.map("resultClass", "A", "text", "已设护学岗"));
            f.act(suggestion, "evaluate", Http.map("rating", "SATISFIED", "channel", "ONLINE", "comment", null));
            assertTrue("outcome follows the suggestion", Http.await(Duration.ofSeconds(30), () -> "IMPLEMENTED".equals(
                    http.get(STUDIO + "/studios/" + id + "/opinions").body().get("items").get(0).get("outcome").asText())));

            created(http, STUDIO + "/studios/" + id + "/events", Http.map("kind", "LIVESTREAM", "title", "家庭教育直播课",
                    "heldOn", LocalDate.now().minusDays(1).toString(), "sessions", 20, "attendance", 60, "viewers", 7000,
                    "deputyIds", List.of(f.deputy)));
            JsonNode stats = http.get(STUDIO + "/stats?regionId=" + f.county).body();
            assertEquals(1, stats.get("answered").asInt());
            assertEquals(100.0, stats.get("implementedShare").asDouble(), 0.0);
            assertEquals(7000, stats.get("viewers").asInt());
            assertTrue(http.get("/stats/practices?regionId=" + f.city).text().contains("consultationsAnswered"));

            // not active in another county: nothing is written there, its lists are refused
            Http.Response refused = http.post(STUDIO + "/studios", Http.map("regionId", elsewhere.township, "name", "别处",
                    "theme", "LAW"));
            assertEquals(refused.text(), 409, refused.status());
            assertTrue(refused.message(), refused.message().contains("not active"));
            assertEquals(409, http.get(STUDIO + "/studios?regionId=" + elsewhere.county).status());
            // bad input is a 4xx with a message, never a 500
            assertEquals(400, http.post(STUDIO + "/studios", Http.map("regionId", f.township, "theme", "EDUCATION")).status());
            assertEquals(400, http.post(STUDIO + "/studios", Http.map("regionId", f.township, "name", "x", "theme", "NOPE")).status());
            assertEquals(404, http.get(STUDIO + "/studios/999999").status());

            // the console, in the practice's own scope
            assertTrue(console("studio:list --region " + county).contains("测试教育工作室"));
            assertTrue(console("studio:show " + id).contains("有组织架构图"));
            assertTrue(console("studio:stats --region " + county).contains("7000"));
            assertTrue(console("practice:list").contains(county));

            long uninstallMs = uninstall(http, "lianxin-practice-studio", STUDIO + "/studios");
            assertEquals("practice studio is not installed", http.get(STUDIO + "/studios/" + id).message());
            assertTrue(console("studio:list").contains("Command not found"));
            assertFalse(http.get("/practices").text().contains("\"studio\""));
            // what it wrote into core stays
            assertEquals(200, http.get("/opinions/" + coreOpinion).status());
            assertEquals(200, http.get("/duties/" + answered.get("dutyRecordId").asLong()).status());

            long reinstallMs = install(http, "lianxin-practice-studio", STUDIO + "/studios/" + id);
            JsonNode again = http.get(STUDIO + "/studios/" + id).body();
            assertEquals(2, again.get("members").asInt());
            assertEquals(8, again.get("standardMet").asInt());
            System.out.printf("practice-studio: install to live %d ms, uninstall to gone %d ms, reinstall to live %d ms;"
                    + " core answered %d requests meanwhile%n", installMs, uninstallMs, reinstallMs, core.answered());
            console("practice:deactivate studio " + county);
            assertTrue(core.answered() > 0);
            assertEquals("core answered every request", List.of(), core.failures());
        }
    }

    @Test
    public void petitionIsInstalledUsedRemovedAndReinstalledWhileCoreServes() throws Exception {
        String base = "/practices/petition";
        Http http = http();
        Fixture f = new Fixture(http);
        Fixture elsewhere = new Fixture(http);
        String county = f.prefix + "Q";
        try (CoreProbe core = new CoreProbe(http)) {
            long installMs = install(http, "lianxin-practice-petition", base + "/petitions");
            assertTrue(console("practice:activate petition " + county).contains("activated"));

            Object petitioner = Http.map("name", "张三丰", "idNumber", "34060219800101123X", "phone", "13912345678",
                    "address", "测试镇幸福小区3栋");
            Http.Response noConsent = http.post(base + "/petitions", petition(f.township, f.deputy, petitioner,
                    Http.map("given", false, "method", "WRITTEN")));
            assertEquals(noConsent.text(), 400, noConsent.status());
            long id = created(http, base + "/petitions", petition(f.township, f.deputy, petitioner,
                    Http.map("given", true, "method", "WRITTEN"))).get("id").asLong();

            // personal data by privacy class: RESTRICTED shows it to the proxy deputy, masks it for others
            assertEquals("petitions are not the public's", 401, new Http(API).get(base + "/petitions/" + id).status());
            Http visitor = userHttp("it.visitor" + f.deputy2, "李代表", Set.of(Role.DEPUTY), f.township, null, f.deputy2);
            JsonNode masked = visitor.get(base + "/petitions/" + id).body().get("petitioner");
            assertTrue(masked.get("masked").asBoolean());
            assertFalse(masked.toString(), masked.toString().contains("张三丰") || masked.toString().contains("13912345678"));
            Http proxy = userHttp("it.proxy" + f.deputy, "张代表", Set.of(Role.DEPUTY), f.township, null, f.deputy);
            JsonNode full = proxy.get(base + "/petitions/" + id).body().get("petitioner");
            assertEquals("张三丰", full.get("name").asText());

            // steps and the outcome become the proxy deputy's duty records
            created(http, base + "/petitions/" + id + "/steps", Http.map("kind", "VISIT", "note", "入户了解情况"));
            JsonNode resolved = http.post(base + "/petitions/" + id + "/resolve",
                    Http.map("outcome", "协调住建部门维修，已解决")).body();
            assertEquals("PROBLEM_RESOLVED", http.get("/duties/" + resolved.get("resolvedDutyRecordId").asLong())
                    .body().get("kind").asText());
            long visitDuty = resolved.get("visitDutyRecordIds").get(0).asLong();
            assertEquals("VISIT", http.get("/duties/" + visitDuty).body().get("kind").asText());
            Http.Response again = http.post(base + "/petitions/" + id + "/resolve", Http.map("outcome", "again"));
            assertEquals(409, again.status());
            assertEquals("RESOLVED", again.body().get("state").asText()); // the body says where it stands
            assertTrue(again.text(), again.body().get("allowed").toString().contains("FOLLOW_UP"));
            assertEquals("CLOSED", http.post(base + "/petitions/" + id + "/follow-up",
                    Http.map("satisfied", true, "note", "回访满意")).body().get("status").asText());

            // a petition revealing a general problem becomes the deputy's suggestion, linked both ways
            long general = created(http, base + "/petitions", petition(f.township, f.deputy, petitioner,
                    Http.map("given", true, "method", "ORAL"))).get("id").asLong();
            long suggestion = http.post(base + "/petitions/" + general + "/suggestion",
                    Http.map("title", "老旧小区加装电梯", "category", "INFRASTRUCTURE")).body().get("suggestionId").asLong();
            Http.Response sg = http.get("/suggestions/" + suggestion);
            assertEquals(200, sg.status());
            assertFalse(sg.text().contains("张三丰") || sg.text().contains("13912345678"));
            assertEquals(1, http.get(base + "/petitions?suggestionId=" + suggestion).body().get("total").asInt());
            assertEquals(409, http.post(base + "/petitions/" + general + "/suggestion",
                    Http.map("title", "again", "category", "INFRASTRUCTURE")).status());

            assertEquals(409, http.post(base + "/petitions", petition(elsewhere.township, elsewhere.deputy, petitioner,
                    Http.map("given", true, "method", "WRITTEN"))).status());
            assertTrue(http.get(base + "/stats?regionId=" + f.county).text().contains("resolutionRate"));
            assertTrue(console("petition:list --region " + county).contains("加装电梯"));
            assertTrue(console("petition:show " + id).contains("回访满意"));

            long uninstallMs = uninstall(http, "lianxin-practice-petition", base + "/petitions");
            assertEquals("practice petition is not installed", http.get(base + "/petitions/" + id).message());
            assertEquals(200, http.get("/suggestions/" + suggestion).status());
            assertEquals(200, http.get("/duties/" + visitDuty).status());
            long reinstallMs = install(http, "lianxin-practice-petition", base + "/petitions/" + id);
            assertEquals("CLOSED", http.get(base + "/petitions/" + id).body().get("status").asText());
            System.out.printf("practice-petition: install to live %d ms, uninstall to gone %d ms, reinstall to live %d ms;"
                    + " core answered %d requests meanwhile%n", installMs, uninstallMs, reinstallMs, core.answered());
            console("practice:deactivate petition " + county);
            assertEquals("core answered every request", List.of(), core.failures());
        }
    }

    @Test
    public void litigationConvertsBothWaysOverRestWithADurableOutbox() throws Exception {
        String base = "/practices/litigation";
        Http http = http();
        Fixture f = new Fixture(http);
        String county = f.prefix + "Q";
        try (CoreProbe core = new CoreProbe(http)) {
            long installMs = install(http, "lianxin-practice-litigation", base + "/clues");
            assertTrue(console("practice:activate litigation " + county).contains("activated"));

            // deputy -> procuratorate: suggestion -> clue -> pre-litigation suggestion -> rectified
            long suggestion = f.register("关于河道排污问题的建议").get("id").asLong();
            long clue = created(http, base + "/clues", Http.map("suggestionId", suggestion, "harm", "ECOLOGY",
                    "note", "河道排污")).get("id").asLong();
            assertEquals(409, http.post(base + "/clues", Http.map("suggestionId", suggestion, "harm", "ECOLOGY"))
                    .status());
            assertEquals(409, http.post(base + "/clues/" + clue + "/rectified", Http.map("outcome", "x")).status());
            assertTrue("handed over", Http.await(Duration.ofSeconds(30), () -> {
                http.post(base + "/outbox/deliver", Http.map());
                return !http.get(base + "/clues/" + clue).body().get("handedOverAt").isNull();
            }));
            assertEquals("ACCEPTED", http.post(base + "/clues/" + clue + "/accept", Http.map("procuratorate",
                    "测试区人民检察院", "caseNo", "测检公益立〔2026〕1号")).body().get("status").asText());
            assertEquals("PRE_LITIGATION_SUGGESTION", http.post(base + "/clues/" + clue + "/pre-litigation",
                    Http.map("addressee", "区生态环境分局", "content", "依法查处排污")).body().get("status").asText());
            assertEquals("RECTIFIED", http.post(base + "/clues/" + clue + "/rectified",
                    Http.map("outcome", "排污口已封堵")).body().get("status").asText());
            assertEquals(clue, http.get(base + "/links?suggestionId=" + suggestion).body().get("clues").get(0)
                    .get("id").asLong());

            // procuratorate -> deputies: procuratorial suggestion -> outbox -> core suggestion, linked both ways
            long proc = created(http, base + "/procuratorial", Http.map("procuratorate", "测试区人民检察院",
                    "caseNo", "测检行公建〔2026〕1号", "title", "关于改善农村人居环境的建议", "content", "垃圾收运不及时",
                    "regionId", f.township, "category", "ENVIRONMENT", "deputyIds", List.of(f.deputy)))
                    .get("id").asLong();
            assertTrue("converted", Http.await(Duration.ofSeconds(30), () -> {
                http.post(base + "/outbox/deliver", Http.map());
                return !http.get(base + "/procuratorial/" + proc).body().get("suggestionId").isNull();
            }));
            long converted = http.get(base + "/procuratorial/" + proc).body().get("suggestionId").asLong();
            assertEquals(200, http.get("/suggestions/" + converted).status());
            assertEquals(proc, http.get(base + "/links?suggestionId=" + converted).body().get("procuratorial").get(0)
                    .get("id").asLong());

            assertTrue(console("litigation:clues --region " + county).contains("RECTIFIED"));
            long uninstallMs = uninstall(http, "lianxin-practice-litigation", base + "/clues");
            assertEquals("practice litigation is not installed", http.get(base + "/clues/" + clue).message());
            long reinstallMs = install(http, "lianxin-practice-litigation", base + "/clues/" + clue);
            assertEquals("RECTIFIED", http.get(base + "/clues/" + clue).body().get("status").asText());
            System.out.printf("practice-litigation: install to live %d ms, uninstall to gone %d ms, reinstall to live"
                    + " %d ms; core answered %d requests meanwhile%n", installMs, uninstallMs, reinstallMs,
                    core.answered());
            console("practice:deactivate litigation " + county);
            assertEquals("core answered every request", List.of(), core.failures());
        }
    }

    @Test
    public void livelihoodRunsAFullVoteAndNeverCountsABadBallot() throws Exception {
        String base = "/practices/livelihood";
        Http http = http();
        Fixture f = new Fixture(http);
        Fixture elsewhere = new Fixture(http);
        String county = f.prefix + "Q";
        try (CoreProbe core = new CoreProbe(http)) {
            long installMs = install(http, "lianxin-practice-livelihood", base + "/rounds");
            assertTrue(console("practice:activate livelihood " + county).contains("activated"));

            long round = created(http, base + "/rounds", Http.map("regionId", f.county, "year", 2031, "places", 1))
                    .get("id").asLong();
            assertEquals(409, http.post(base + "/rounds", Http.map("regionId", f.county, "year", 2031, "places", 1))
                    .status());
            long school = created(http, base + "/rounds/" + round + "/proposals", Http.map("source", "PUBLIC",
                    "proposer", "居民", "title", "学校食堂提升", "budget", 1000000, "beneficiaries", 5000)).get("id").asLong();
            long road = created(http, base + "/rounds/" + round + "/proposals", Http.map("source", "DEPUTY",
                    "deputyId", f.deputy, "title", "农村公路养护", "budget", 2000000, "beneficiaries", 9000)).get("id").asLong();
            // 差额: one candidate for one place is refused
            assertEquals(400, http.post(base + "/rounds/" + round + "/candidates", Http.map("candidates",
                    List.of(Http.map("proposalId", school)))).status());
            JsonNode candidates = http.post(base + "/rounds/" + round + "/candidates", Http.map("candidates",
                    List.of(Http.map("proposalId", school), Http.map("proposalId", road)))).body();
            long c1 = candidates.get(0).get("id").asLong();
            long c2 = candidates.get(1).get("id").asLong();
            assertEquals(200, http.post(base + "/rounds/" + round + "/review", Http.map("decision", "APPROVED",
                    "note", "同意提交票决")).status());
            // each deputy casts their own ballot, logged in as themself
            String p = f.prefix.toLowerCase();
            Http d1 = userHttp("it.lv1." + p, "张代表", Set.of(Role.DEPUTY), f.township, null, f.deputy);
            Http d2 = userHttp("it.lv2." + p, "李代表", Set.of(Role.DEPUTY), f.township, null, f.deputy2);
            Http away = userHttp("it.lv3." + p, "外区代表", Set.of(Role.DEPUTY), elsewhere.township, null,
                    elsewhere.deputy);
            String ballots = base + "/rounds/" + round + "/ballots";
            assertEquals(409, d1.post(ballots, Http.map("deputyId", f.deputy, "candidateIds", List.of(c1))).status());
            // not open yet
            assertEquals(200, http.post(base + "/rounds/" + round + "/vote/open", Http.map("deputyIds",
                    List.of(f.deputy, f.deputy2))).status());

            Http.Response onBehalf = http.post(ballots, Http.map("deputyId", f.deputy, "candidateIds", List.of(c1)));
            assertEquals("staff never vote for a deputy", 403, onBehalf.status());
            assertEquals(403, d2.post(ballots, Http.map("deputyId", f.deputy, "candidateIds", List.of(c1))).status());
            assertEquals(201, d1.post(ballots, Http.map("deputyId", f.deputy, "candidateIds", List.of(c1))).status());
            Http.Response twice = d1.post(ballots, Http.map("deputyId", f.deputy, "candidateIds", List.of(c2)));
            assertEquals(409, twice.status());
            assertTrue(twice.message(), twice.message().contains("already voted"));
            Http.Response unentitled = away.post(ballots, Http.map("deputyId", elsewhere.deputy, "candidateIds",
                    List.of(c2)));
            assertTrue(unentitled.text(), unentitled.status() == 409 || unentitled.status() == 404);
            assertEquals(400, d2.post(ballots, Http.map("deputyId", f.deputy2, "candidateIds", List.of(c1, c2)))
                    .status()); // more choices than places
            assertEquals(400, d2.post(ballots, Http.map("deputyId", f.deputy2, "candidateIds", List.of(999999)))
                    .status());
            assertEquals(201, d2.post(ballots, Http.map("deputyId", f.deputy2, "candidateIds", List.of(c1))).status());

            JsonNode result = http.post(base + "/rounds/" + round + "/vote/close", null).body();
            assertEquals(2, result.get("ballotsCast").asInt());
            assertEquals(c1, result.get("rows").get(0).get("candidateId").asLong());
            assertEquals(2, result.get("rows").get(0).get("votes").asInt());
            assertEquals("ELECTED", result.get("rows").get(0).get("outcome").asText());
            assertEquals(0, result.get("rows").get(1).get("votes").asInt()); // refused ballots counted nowhere
            assertEquals(409, d2.post(ballots, Http.map("deputyId", f.deputy2, "candidateIds", List.of(c2)))
                    .status()); // late
            assertTrue(http.post(base + "/rounds/" + round + "/publish", null).body().get("published").asBoolean());

            long project = http.get(base + "/projects?regionId=" + f.county + "&year=2031").body().get("items").get(0)
                    .get("id").asLong();
            created(http, base + "/projects/" + project + "/milestones", Http.map("title", "完成招标", "dueOn",
                    "2031-03-31"));
            assertEquals(50, http.post(base + "/projects/" + project + "/progress", Http.map("percentDone", 50,
                    "budgetSpent", 400000)).body().get("percentDone").asInt());
            assertEquals(400, http.post(base + "/projects/" + project + "/progress", Http.map("percentDone", 30))
                    .status()); // backwards without a note
            created(http, base + "/projects/" + project + "/reviews", Http.map("reviewer", "区人大常委会",
                    "findings", "进度正常", "rating", "GOOD"));
            created(d1, base + "/projects/" + project + "/satisfaction", Http.map("deputyId", f.deputy, "verdict",
                    "SATISFIED"));
            created(d2, base + "/projects/" + project + "/satisfaction", Http.map("deputyId", f.deputy2, "verdict",
                    "UNSATISFIED"));
            assertEquals(409, d1.post(base + "/projects/" + project + "/satisfaction", Http.map("deputyId", f.deputy,
                    "verdict", "SATISFIED")).status());
            assertEquals(50.0, http.get(base + "/projects/" + project + "/satisfaction").body().get("satisfactionRate")
                    .asDouble(), 0.0);
            assertTrue(console("livelihood:rounds --region " + county).contains("2031"));

            long uninstallMs = uninstall(http, "lianxin-practice-livelihood", base + "/rounds");
            long reinstallMs = install(http, "lianxin-practice-livelihood", base + "/rounds/" + round);
            assertEquals(2, http.get(base + "/rounds/" + round + "/result").body().get("ballotsCast").asInt());
            System.out.printf("practice-livelihood: install to live %d ms, uninstall to gone %d ms, reinstall to live"
                    + " %d ms; core answered %d requests meanwhile%n", installMs, uninstallMs, reinstallMs,
                    core.answered());
            console("practice:deactivate livelihood " + county);
            assertEquals("core answered every request", List.of(), core.failures());
        }
    }

    private static Object petition(long region, long deputy, Object petitioner, Object consent) {
        return Http.map("regionId", region, "deputyId", deputy, "petitioner", petitioner, "consent", consent,
                "privacy", "RESTRICTED", "subject", "小区加装电梯纠纷", "content", "一楼住户反对加装电梯，多次协商未果。",
                "category", "INFRASTRUCTURE", "risk", Http.map("level", "HIGH", "signs", List.of("GROUP_PETITION"),
                        "note", "涉及整栋住户"));
    }

    /**
     * A hand-off that cannot be delivered (the deputy it names was deleted meanwhile) is tried again with backoff,
     * then FAILED with its error, visible in the outbox, and a retry puts it back to PENDING: it never sticks or
     * vanishes silently.
     */
    @Test
    public void litigationHandOffThatKeepsFailingIsVisibleAndRetried() throws Exception {
        String base = "/practices/litigation";
        Http http = http();
        Fixture f = new Fixture(http);
        String county = f.prefix + "Q";
        ConfigurationAdmin cm = service(ConfigurationAdmin.class);
        Configuration outbox = cm.getConfiguration("org.lianxin.practice.litigation.outbox", null);
        Dictionary<String, Object> before = outbox.getProperties();
        Dictionary<String, Object> fast = new Hashtable<>();
        fast.put("backoffSeconds", 1L);
        fast.put("maxAttempts", 2);
        fast.put("intervalSeconds", 3600L); // only the passes this test asks for
        outbox.update(fast);
        try {
            install(http, "lianxin-practice-litigation", base + "/clues");
            assertTrue(console("practice:activate litigation " + county).contains("activated"));
            long gone = f.create("/deputies", Http.map("name", "将离任代表", "gender", "男", "regionId", f.township,
                    "groupId", null, "specialty", "法律", "term", "2021-2026", "status", "ACTIVE", "phone", null,
                    "constituency", "第二选区", "directlyElected", true, "seats", List.of(Http.map("level", "TOWNSHIP",
                            "regionId", f.township, "term", "本届")), "stationIds", List.of()));
            long proc = created(http, base + "/procuratorial", Http.map("procuratorate", "测试区人民检察院", "caseNo",
                    "测检行公建〔2026〕9号", "title", "关于规范渣土运输的建议", "content", "渣土车沿途抛洒", "regionId",
                    f.township, "category", "ENVIRONMENT", "deputyIds", List.of(gone))).get("id").asLong();
            assertEquals(204, http.delete("/deputies/" + gone).status());
            long row = -1;
            for (JsonNode item : http.get(base + "/outbox?regionId=" + f.county + "&limit=500").body().get("items")) {
                if (item.path("procuratorialId").asLong() == proc) {
                    row = item.get("id").asLong();
                }
            }
            assertTrue("the hand-off is in the outbox", row > 0);
            String item = base + "/outbox/" + row;
            assertTrue("tried again, then FAILED", Http.await(Duration.ofSeconds(40), () -> {
                http.post(base + "/outbox/deliver", Http.map());
                return "FAILED".equals(http.get(item).body().get("status").asText());
            }));
            JsonNode failed = http.get(item).body();
            assertEquals(2, failed.get("attempts").asInt());
            assertFalse(failed.toString(), failed.get("lastError").asText().isBlank());
            assertTrue(http.get(base + "/outbox?status=FAILED&regionId=" + f.county).text().contains("\"id\":" + row));
            assertTrue(http.get(base + "/procuratorial/" + proc).body().get("suggestionId").isNull());
            JsonNode retried = http.post(item + "/retry", Http.map()).body();
            assertEquals("PENDING", retried.get("status").asText());
            assertEquals(0, retried.get("attempts").asInt());
            console("practice:deactivate litigation " + county);
        } finally {
            if (before == null) {
                outbox.delete();
            } else {
                outbox.update(before);
            }
        }
    }

    /**
     * 选民议政会: a street's council with its voter representatives, two regular meetings with minutes (MET), an item
     * through 选、分、督、评 into core's flow and back, the street's livelihood round voted by the representatives present
     * through practice-livelihood (a double and an unentitled ballot refused and never counted), an open day; then the
     * council removed while livelihood and core go on serving.
     */
    @Test
    public void councilRunsTheStreetAndVotesThroughLivelihood() throws Exception {
        String base = "/practices/council";
        String lv = "/practices/livelihood";
        Http http = http();
        Fixture f = new Fixture(http);
        String county = f.prefix + "Q";
        try (CoreProbe core = new CoreProbe(http)) {
            // livelihood on its own first: removing the council must leave it (a dependency alone would go with it)
            install(http, "lianxin-practice-livelihood", lv + "/rounds");
            long installMs = install(http, "lianxin-practice-council", base + "/councils");
            assertTrue(console("practice:activate council " + county).contains("activated"));

            long council = created(http, base + "/councils", Http.map("regionId", f.township, "establishedOn",
                    "2025-01-01", "convenor", "镇人大主席团 周敏")).get("id").asLong();
            assertEquals(409, http.post(base + "/councils", Http.map("regionId", f.township, "establishedOn",
                    "2025-01-01", "convenor", "x")).status());
            List<Long> reps = new java.util.ArrayList<>();
            for (String name : List.of("王淑华", "李建军", "陈美玲", "赵国强")) {
                reps.add(created(http, base + "/councils/" + council + "/representatives", Http.map("name", name,
                        "community", "朔里社区", "phone", "13955610001", "joinedOn", "2025-01-01")).get("id").asLong());
            }
            assertTrue(http.get(base + "/councils/" + council + "/representatives").text().contains("139****0001"));

            // two regular meetings with minutes a year: DUE after one, MET after two
            long first = created(http, base + "/councils/" + council + "/meetings", Http.map("heldOn", "2026-03-10",
                    "kind", "REGULAR", "topic", "听取街道工作汇报", "representativeIds", reps, "minutes", "到会4名，选定事项1件。",
                    "report", Http.map("title", "街道办工作汇报", "summary", "道路提升进展"))).get("id").asLong();
            JsonNode due = http.get(base + "/councils/" + council + "/compliance?year=2026").body();
            assertEquals("DUE", due.get("flag").asText());
            created(http, base + "/councils/" + council + "/meetings", Http.map("heldOn", "2026-09-15", "kind",
                    "REGULAR", "topic", "下半年工作", "representativeIds", reps.subList(0, 3), "minutes", "到会3名。"));
            JsonNode met = http.get(base + "/councils/" + council + "/compliance?year=2026").body();
            assertEquals(met.toString(), "MET", met.get("flag").asText());
            assertTrue(met.get("reportHeard").asBoolean());

            // 选 -> 分 (a core suggestion) -> 督 -> core completes it -> 评
            long item = created(http, base + "/councils/" + council + "/items", Http.map("representativeId",
                    reps.get(0), "meetingId", first, "title", "道路破损", "content", "村道坑洼积水，学生上学不便。"))
                    .get("id").asLong();
            assertEquals(409, http.post(base + "/items/" + item + "/evaluation", Http.map("rating", "SATISFIED"))
                    .status());
            JsonNode sorted = http.post(base + "/items/" + item + "/sort", Http.map("category", "INFRASTRUCTURE",
                    "route", "SUGGESTION", "deputyId", f.deputy, "title", "关于修复村道的建议")).body();
            long suggestion = sorted.get("suggestionId").asLong();
            created(http, base + "/items/" + item + "/supervisions", Http.map("author", "王淑华", "note", "已了解进展"));
            f.act(suggestion, "group-pass", null);
            f.act(suggestion, "route", Http.map("tier", "COUNTY"));
            f.act(suggestion, "assign", Http.map("leadUnitId", f.countyUnit, "coUnitIds", List.of()));
            f.act(suggestion, "accept", null);
            f.act(suggestion, "reply", Http.map("resultClass", "A", "text", "道路已修复"));
            f.act(suggestion, "evaluate", Http.map("rating", "SATISFIED", "channel", "ONLINE", "comment", null));
            assertTrue("the item follows its suggestion", Http.await(Duration.ofSeconds(30),
                    () -> http.get(base + "/items/" + item).body().get("handled").asBoolean()));
            assertEquals("EVALUATED", http.post(base + "/items/" + item + "/evaluation", Http.map("rating",
                    "BASICALLY_SATISFIED", "note", "排水沟仍需清理")).body().get("status").asText());
            assertEquals(item, http.get(base + "/items?suggestionId=" + suggestion).body().get("items").get(0)
                    .get("id").asLong());

            // the street's round: candidates and review through livelihood, the vote of the representatives present
            long round = created(http, base + "/councils/" + council + "/rounds", Http.map("year", 2031, "places", 1))
                    .get("id").asLong();
            JsonNode candidates = http.post(lv + "/rounds/" + round + "/candidates", Http.map("candidates", List.of(
                    Http.map("title", "村道硬化", "budget", 800000, "beneficiaries", 3000),
                    Http.map("title", "社区日间照料中心", "budget", 500000, "beneficiaries", 1200)))).body();
            long c1 = candidates.get(0).get("id").asLong();
            long c2 = candidates.get(1).get("id").asLong();
            assertEquals(200, http.post(lv + "/rounds/" + round + "/review", Http.map("decision", "APPROVED")).status());
            assertEquals("the council's round is not opened as a deputies' one", 409, http.post(lv + "/rounds/" + round
                    + "/vote/open", Http.map("deputyIds", List.of(f.deputy))).status());
            String vote = base + "/councils/" + council + "/rounds/" + round;
            assertEquals(200, http.post(vote + "/vote/open", Http.map("representativeIds", reps.subList(0, 3)))
                    .status());
            assertEquals(201, http.post(vote + "/ballots", Http.map("representativeId", reps.get(0), "candidateIds",
                    List.of(c1))).status());
            assertEquals(409, http.post(vote + "/ballots", Http.map("representativeId", reps.get(0), "candidateIds",
                    List.of(c2))).status()); // twice
            assertEquals(409, http.post(vote + "/ballots", Http.map("representativeId", reps.get(3), "candidateIds",
                    List.of(c2))).status()); // not present when the vote opened
            assertEquals(201, http.post(vote + "/ballots", Http.map("representativeId", reps.get(1), "candidateIds",
                    List.of(c1))).status());
            JsonNode result = http.post(vote + "/vote/close", null).body();
            assertEquals(2, result.get("ballotsCast").asInt());
            assertEquals(2, result.get("rows").get(0).get("votes").asInt());
            assertEquals(0, result.get("rows").get(1).get("votes").asInt()); // the refused ballots counted nowhere
            assertEquals(200, http.post(vote + "/publish", null).status());
            assertEquals("ELECTED", http.get(lv + "/rounds/" + round + "/result").body().get("rows").get(0)
                    .get("outcome").asText());

            created(http, base + "/councils/" + council + "/open-days", Http.map("heldOn", "2026-10-20", "kind",
                    "STANDING_COMMITTEE", "title", "列席区人大常委会会议", "representativeIds", reps.subList(0, 2)));
            assertTrue(console("council:list").contains(String.valueOf(council)));

            long uninstallMs = uninstall(http, "lianxin-practice-council", base + "/councils");
            assertEquals("practice council is not installed", http.get(base + "/councils/" + council).message());
            assertEquals("livelihood goes on", 200, http.get(lv + "/rounds").status());
            System.out.printf("practice-council: install to live %d ms, uninstall to gone %d ms; core answered %d"
                    + " requests meanwhile%n", installMs, uninstallMs, core.answered());
            console("practice:deactivate council " + county);
            assertEquals("core answered every request", List.of(), core.failures());
        }
    }

    /**
     * Plugin code that throws (describing itself, giving its REST resources or figures, on every suggestion event)
     * costs the plugin its contribution and never a request of core.
     */
    @Test
    public void aFailingPracticeNeverBreaksCore() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        String county = f.prefix + "Q";
        List<ServiceRegistration<?>> registrations = List.of(
                context.registerService(Practice.class, new BrokenPractice("broken"), null),
                context.registerService(Practice.class, new BrokenPractice(null), null),
                context.registerService(SuggestionListener.class, event -> {
                    throw new IllegalStateException("a listener that always fails");
                }, null));
        try {
            console("practice:activate broken " + county);
            assertTrue(Http.await(Duration.ofSeconds(30), () -> http.get("/practices/broken").status() == 200));
            assertEquals(200, http.get("/practices").status());
            Http.Response figures = http.get("/stats/practices?regionId=" + f.county);
            assertEquals(figures.text(), 200, figures.status());
            assertTrue(figures.text(), figures.text().contains("the practice failed"));
            assertEquals("practice broken serves nothing at anything", http.get("/practices/broken/anything").message());
            long id = f.register("失败的监听器不影响办理").get("id").asLong();
            assertEquals("TOWNSHIP_REVIEW", f.act(id, "group-pass", null).get("state").asText());
            assertEquals(200, http.get("/health").status());
        } finally {
            registrations.forEach(ServiceRegistration::unregister);
            console("practice:deactivate broken " + county);
        }
    }

    /** A practice whose code throws everywhere it can; with a null id it cannot even describe itself. */
    private record BrokenPractice(String brokenId) implements Practice {
        @Override
        public String id() {
            if (brokenId == null) {
                throw new IllegalStateException("no id");
            }
            return brokenId;
        }

        @Override
        public String nameZh() {
            return "坏插件";
        }

        @Override
        public String nameEn() {
            return "Broken";
        }

        @Override
        public String version() {
            return "0";
        }

        @Override
        public String description() {
            return "throws";
        }

        @Override
        public List<Object> restResources() {
            throw new IllegalStateException("no resources");
        }

        @Override
        public List<PracticeFigure> figures(long regionId, Integer year) {
            throw new IllegalStateException("no figures");
        }
    }

    private static JsonNode created(Http http, String path, Object body) throws Exception {
        Http.Response r = http.post(path, body);
        assertEquals(path + ": " + r.text(), 201, r.status());
        return r.body();
    }
}
