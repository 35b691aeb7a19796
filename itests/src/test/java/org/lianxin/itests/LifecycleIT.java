package org.lianxin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/** The suggestion lifecycle end to end over REST, against the running distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LifecycleIT extends TestSupport {

    private Http http() throws Exception {
        Http http = adminHttp();
        assertTrue("REST up", Http.await(Duration.ofSeconds(60), () -> http.get("/health").status() == 200));
        return http;
    }

    private static List<String> actions(JsonNode events) {
        List<String> out = new ArrayList<>();
        events.get("items").forEach(e -> out.add(e.get("action").asText()));
        return out;
    }

    @Test
    public void fullLifecycleWithUnsatisfiedSupervisedExplainedPath() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        JsonNode s = f.register("关于修复村道的建议");
        long id = s.get("id").asLong();
        assertEquals("REGISTERED", s.get("state").asText());
        assertTrue(s.get("ledgerNo").asText().matches(f.prefix + "Z-\\d{4}-\\d{6}"));

        assertEquals("TOWNSHIP_REVIEW", f.act(id, "group-pass", null).get("state").asText());
        JsonNode routed = f.act(id, "route", Http.map("tier", "COUNTY"));
        assertEquals("ROUTED", routed.get("state").asText());
        assertEquals(f.county, routed.get("handlingRegionId").asLong());
        assertEquals("ROUTE_COUNTY", routed.get("deadlineRule").asText());
        f.act(id, "pre-assign", Http.map("leadUnitId", f.countyUnit, "coUnitIds", List.of(f.countyCoUnit)));
        JsonNode assigned = f.act(id, "assign", null);
        assertEquals("ASSIGNED", assigned.get("state").asText());
        assertEquals(f.countyUnit, assigned.get("leadUnitId").asLong());
        assertEquals("HANDLING_MULTI_UNIT", assigned.get("deadlineRule").asText());
        f.act(id, "accept", null);
        assertEquals(201, http.post("/suggestions/" + id + "/contacts",
                Http.map("phase", "BEFORE", "method", "电话", "note", "办前联系")).status());
        // several units have at most 2 months: no extension past that
        Http.Response tooLong = http.post("/suggestions/" + id + "/extension-request", Http.map("days", 10,
                "reason", "需协调"));
        assertEquals(tooLong.text(), 400, tooLong.status());
        assertEquals("days", tooLong.body().get("field").asText());
        f.act(id, "reply", Http.map("resultClass", "C", "text", "暂无法解决"));
        JsonNode supervised = f.act(id, "evaluate", Http.map("rating", "UNSATISFIED", "channel", "ONLINE",
                "comment", "不满意"));
        assertEquals("SUPERVISED", supervised.get("state").asText());
        assertEquals("SUPERVISION", supervised.get("deadlineRule").asText());
        f.act(id, "reply", Http.map("resultClass", "C", "text", "重点督办后复核，仍无法解决"));
        assertEquals("EXPLANATION_REQUIRED", f.act(id, "evaluate", Http.map("rating", "UNSATISFIED",
                "channel", "ONLINE", "comment", null)).get("state").asText());
        JsonNode explained = f.act(id, "explain", Http.map("explanation", "受政策限制，已向代表和常委会说明"));
        assertEquals("EXPLAINED", explained.get("state").asText());
        assertEquals("CLOSED", f.act(id, "close", null).get("state").asText());

        JsonNode events = http.get("/suggestions/" + id + "/events?limit=100").body();
        assertEquals(List.of("REGISTER", "GROUP_PASS", "ROUTE", "PRE_ASSIGN", "ASSIGN", "ACCEPT", "LOG_CONTACT",
                "REPLY", "EVALUATE", "REPLY", "EVALUATE", "EXPLAIN", "CLOSE"),
                actions(events));
        JsonNode first = events.get("items").get(0);
        assertEquals("the logged-in user acted", "itest.admin", first.get("actor").asText());
        assertTrue(first.hasNonNull("at"));
        assertEquals("REGISTERED", first.get("toState").asText());
        assertEquals(1, http.get("/suggestions/" + id + "/contacts").body().size());
    }

    @Test
    public void overdueItemsAreEscalatedExactlyOnceEvenByTwoNodesAtOnce() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        long a = f.assigned("逾期未答复的建议一").get("id").asLong();
        long b = f.assigned("逾期未答复的建议二").get("id").asLong();
        String future = LocalDate.now().plusMonths(4).toString();

        // two "nodes" run the escalation at the same moment on the same database
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Http.Response>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> http.post("/clock/escalations?date=" + future + "&regionId=" + f.county, null)));
        }
        for (Future<Http.Response> r : runs) {
            assertEquals(200, r.get().status());
        }
        pool.shutdown();
        assertEquals(0, http.post("/clock/escalations?date=" + future + "&regionId=" + f.county, null).body().get("escalated").asInt());

        for (long id : new long[] { a, b }) {
            JsonNode s = http.get("/suggestions/" + id).body();
            assertEquals("SUPERVISED", s.get("state").asText());
            assertTrue(s.get("overdueEscalated").asBoolean());
            List<String> acts = actions(http.get("/suggestions/" + id + "/events").body());
            assertEquals(1, acts.stream().filter("ESCALATE_OVERDUE"::equals).count());
        }
        JsonNode overdue = http.get("/suggestions?regionId=" + f.county + "&overdue=true").body();
        assertEquals(0, overdue.get("total").asInt());
    }

    @Test
    public void anApprovedExtensionMovesTheDeadlineAndTheItemIsNotOverdue() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        JsonNode s = f.assigned("需要延期的建议");
        long id = s.get("id").asLong();
        assertEquals("HANDLING_SINGLE_UNIT", s.get("deadlineRule").asText());
        LocalDate due = LocalDate.parse(s.get("deadline").asText());
        f.act(id, "extension-request", Http.map("days", 20, "reason", "需报区政府常务会研究"));
        assertEquals(409, http.post("/suggestions/" + id + "/extension-request", Http.map("days", 5, "reason", "再次"))
                .status());
        assertEquals(400, http.post("/suggestions/" + id + "/extension-decision", Http.map("approve", false,
                "reason", "")).status());
        JsonNode extended = f.act(id, "extension-decision", Http.map("approve", true, "reason", "同意"));
        assertEquals(due.plusDays(20).toString(), extended.get("deadline").asText());
        // between the old and the new deadline the item is not overdue and is not escalated
        String between = due.plusDays(5).toString();
        assertEquals(200, http.post("/clock/escalations?date=" + between + "&regionId=" + f.county, null).status());
        assertEquals("ASSIGNED", http.get("/suggestions/" + id).body().get("state").asText());
        assertFalse(actions(http.get("/suggestions/" + id + "/events").body()).contains("ESCALATE_OVERDUE"));
        // one unit: at most 2 months in all
        Http.Response tooLong = http.post("/suggestions/" + id + "/extension-request", Http.map("days", 60,
                "reason", "还需更久"));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.message(), tooLong.message().contains("latest allowed"));
    }

    @Test
    public void illegalTransitionsAndBadInputAreRefusedWithMessages() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        long id = f.register("非法操作测试").get("id").asLong();

        Http.Response illegal = http.post("/suggestions/" + id + "/reply", Http.map("resultClass", "A", "text", "x"));
        assertEquals(409, illegal.status());
        assertEquals("REGISTERED", illegal.body().get("state").asText());
        assertTrue(illegal.message(), illegal.message().contains("REGISTERED"));
        assertTrue(illegal.message(), illegal.message().contains("GROUP_PASS"));

        assertEquals(400, http.post("/suggestions/" + id + "/group-return", Http.map("reason", " ")).status());
        assertEquals(400, http.postRaw("/suggestions", "{ not json").status());
        assertEquals(400, http.post("/suggestions", Http.map("kind", "NOPE")).status());
        Http.Response missing = http.post("/suggestions", Http.map("kind", "INTER_SESSION_OPINION", "regionId",
                f.township, "category", "OTHER", "title", "无代表", "content", "x", "deputyIds", List.of()));
        assertEquals(400, missing.status());
        assertEquals("deputyIds", missing.body().get("field").asText());
        assertEquals(400, http.post("/suggestions", Http.map("kind", "INTER_SESSION_OPINION", "regionId",
                f.township, "category", "OTHER", "title", "x".repeat(201), "content", "x",
                "deputyIds", List.of(f.deputy))).status());
        assertEquals(404, http.get("/suggestions/987654321").status());
        assertEquals(404, http.post("/suggestions/987654321/close", null).status());
        assertEquals(400, http.get("/suggestions?limit=100000").status());
        assertEquals(400, http.get("/suggestions?state=BOGUS").status());
        Http.Response notFound = http.get("/no-such-resource");
        assertEquals(404, notFound.status());
        assertTrue(notFound.text(), notFound.body() != null && notFound.body().has("message"));
        // nothing half-written: the suggestion is untouched
        assertEquals("REGISTERED", http.get("/suggestions/" + id).body().get("state").asText());
        assertEquals(1, http.get("/suggestions/" + id + "/events").body().get("total").asInt());
    }

    @Test
    public void ledgerNumbersStayUniqueUnderConcurrentIntake() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<JsonNode>> tasks = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            tasks.add(() -> f.register("并发登记 " + n));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<JsonNode> r : pool.invokeAll(tasks)) {
            numbers.add(r.get().get("ledgerNo").asText());
        }
        pool.shutdown();
        assertEquals(24, numbers.size());
        Set<Integer> seqs = new HashSet<>();
        numbers.forEach(n -> seqs.add(Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))));
        for (int i = 1; i <= 24; i++) {
            assertTrue("sequence " + i + " in " + numbers, seqs.contains(i));
        }
    }

    @Test
    public void preSubmissionMergeOpinionsLookBackAndSecondaryEvaluation() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        // pre-submission before a session: no ledger number until formalized
        Http.Response draft = http.post("/suggestions/drafts", Http.map("kind", "SESSION_SUGGESTION", "regionId",
                f.township, "category", "EDUCATION", "title", "预提交建议", "content", "会前预提交",
                "deputyIds", List.of(f.deputy)));
        assertEquals(201, draft.status());
        long d = draft.body().get("id").asLong();
        assertTrue(draft.body().get("ledgerNo").isNull());
        f.act(d, "pre-check", Http.map("pass", true, "reason", null));
        JsonNode formal = f.act(d, "formalize", null);
        assertEquals("REGISTERED", formal.get("state").asText());
        assertFalse(formal.get("ledgerNo").isNull());

        // an opinion from the public becomes a joint suggestion, keeping the link both ways
        Http.Response opinion = http.post("/opinions", Http.map("source", "PUBLIC_QR", "regionId", f.township,
                "stationId", null, "deputyId", f.deputy, "content", "路灯不亮", "submitterName", null,
                "submitterContact", null));
        assertEquals(201, opinion.status());
        long o = opinion.body().get("id").asLong();
        assertFalse(opinion.body().get("receiptNo").asText().isEmpty());
        Http.Response promoted = http.post("/opinions/" + o + "/promote", Http.map("kind", "INTER_SESSION_OPINION",
                "regionId", f.township, "category", "INFRASTRUCTURE", "title", "关于修复路灯的建议", "content", null,
                "deputyIds", List.of(f.deputy, f.deputy2)));
        assertTrue(promoted.text(), promoted.status() == 200 || promoted.status() == 201);
        long p = promoted.body().get("id").asLong();
        assertEquals(List.of(o), List.of(promoted.body().get("opinionIds").get(0).asLong()));
        JsonNode linked = http.get("/opinions/" + o).body();
        assertEquals("PROMOTED", linked.get("status").asText());
        assertEquals(p, linked.get("suggestionId").asLong());

        // a duplicate is merged: the target gains its proposer
        long dup = f.register("重复建议").get("id").asLong();
        http.post("/suggestions/" + dup + "/merge", Http.map("targetId", p, "reason", "重复"));
        assertEquals("MERGED", http.get("/suggestions/" + dup).body().get("state").asText());

        // B class stays on the look-back list until solved; secondary evaluation can re-assign
        long b = f.assigned("B类建议").get("id").asLong();
        f.act(b, "reply", Http.map("resultClass", "B", "text", "列入计划"));
        f.act(b, "evaluate", Http.map("rating", "BASICALLY_SATISFIED", "channel", "PAPER", "comment", null));
        JsonNode closed = f.act(b, "close", null);
        assertTrue(closed.get("lookBack").asBoolean());
        assertEquals(1, http.get("/suggestions?regionId=" + f.county + "&lookBack=true").body().get("total").asInt());
        assertFalse(f.act(b, "mark-solved", Http.map("note", "已解决")).get("lookBack").asBoolean());
        JsonNode reassigned = f.act(b, "secondary-evaluation", Http.map("rating", "UNSATISFIED", "comment", "群众不认可",
                "reassignTo", Http.map("leadUnitId", f.countyCoUnit, "coUnitIds", List.of())));
        assertEquals("ASSIGNED", reassigned.get("state").asText());
        assertEquals(f.countyCoUnit, reassigned.get("leadUnitId").asLong());

        // a misrouted item goes back for re-assignment
        long m = f.assigned("错派的建议").get("id").asLong();
        JsonNode back = f.act(m, "unit-return", Http.map("reason", "不属于本单位职责"));
        assertEquals("ROUTED", back.get("state").asText());
        assertTrue(back.get("leadUnitId").isNull());
    }

    @Test
    public void thePublicSeesPublishedOutcomesAndWhatBecameOfItsOpinion() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        Http anonymous = new Http(API);
        // a paper opinion typed in by staff (the public's own intake is rate-limited per address)
        Http.Response opinion = http.post("/opinions", Http.map("source", "PUBLIC_QR", "regionId", f.township,
                "stationId", null, "deputyId", f.deputy, "content", "村口路灯坏了", "submitterName", "王先生",
                "submitterContact", "13900000001"));
        assertEquals(opinion.text(), 201, opinion.status());
        String receipt = opinion.body().get("receiptNo").asText();
        Http.Response notYet = anonymous.get("/opinions/receipt/" + receipt + "/outcome");
        assertEquals(notYet.text(), 404, notYet.status());
        assertTrue(notYet.message(), notYet.message().contains("has not been taken up as a suggestion yet"));

        Http.Response promoted = http.post("/opinions/" + opinion.body().get("id").asLong() + "/promote",
                Http.map("kind", "INTER_SESSION_OPINION", "regionId", f.township, "category", "INFRASTRUCTURE",
                        "title", "关于修复村口路灯的建议", "content", null, "deputyIds", List.of(f.deputy)));
        assertEquals(promoted.text(), 201, promoted.status());
        long p = promoted.body().get("id").asLong();
        String ledgerNo = promoted.body().get("ledgerNo").asText();
        JsonNode registered = anonymous.get("/opinions/receipt/" + receipt + "/outcome").body();
        assertEquals(registered.toString(), p, registered.get("id").asLong());
        assertEquals("REGISTERED", registered.get("state").asText());
        assertFalse(registered.get("published").asBoolean());
        assertEquals("测试镇", registered.get("regionName").asText());
        assertTrue(registered.get("replyText").isNull() && registered.get("rating").isNull());
        Http.Response hidden = anonymous.get("/outcomes/" + p);
        assertEquals("an unfinished item is not found among the outcomes", 404, hidden.status());
        assertEquals("published outcome " + p + " does not exist", hidden.message());

        // handled, replied and rated: completed, so published
        f.act(p, "group-pass", null);
        f.act(p, "route", Http.map("tier", "COUNTY"));
        f.act(p, "assign", Http.map("leadUnitId", f.countyUnit, "coUnitIds", List.of()));
        f.act(p, "reply", Http.map("resultClass", "A", "text", "已更换村口路灯"));
        assertEquals("COMPLETED", f.act(p, "evaluate", Http.map("rating", "SATISFIED", "channel", "ONLINE",
                "comment", "满意")).get("state").asText());
        long running = f.assigned("尚在办理的建议").get("id").asLong();
        assertEquals(404, anonymous.get("/outcomes/" + running).status());

        Http.Response list = anonymous.get("/outcomes?regionId=" + f.county + "&limit=500");
        assertEquals(list.text(), 200, list.status());
        JsonNode mine = null;
        for (JsonNode item : list.body().get("items")) {
            assertTrue(item.toString(), item.get("published").asBoolean());
            assertTrue(item.toString(), Set.of("COMPLETED", "EXPLAINED", "CLOSED").contains(item.get("state").asText()));
            assertFalse("no unfinished item", item.get("id").asLong() == running);
            if (item.get("id").asLong() == p) {
                mine = item;
            }
        }
        assertTrue(list.text(), mine != null);
        assertEquals(1, list.body().get("total").asInt());
        assertEquals("已更换村口路灯", mine.get("replyText").asText());
        assertEquals("SATISFIED", mine.get("rating").asText());
        assertEquals("A", mine.get("resultClass").asText());
        assertEquals("区住建局", mine.get("leadUnitName").asText());
        assertEquals(ledgerNo, mine.get("ledgerNo").asText());
        for (String secret : List.of("王先生", "13900000001", "13800000000", "满意\"", "itest.admin")) {
            assertFalse("the public does not see " + secret + ": " + list.text(), list.text().contains(secret));
        }
        assertEquals(1, anonymous.get("/outcomes?regionId=" + f.city + "&q="
                + ledgerNo.toLowerCase(java.util.Locale.ROOT)).body().get("total").asInt());
        assertEquals(1, anonymous.get("/outcomes?regionId=" + f.county + "&q=" + java.net.URLEncoder.encode("村口路灯",
                java.nio.charset.StandardCharsets.UTF_8)).body().get("total").asInt());
        assertEquals(0, anonymous.get("/outcomes?regionId=" + f.county + "&category=EDUCATION").body().get("total")
                .asInt());
        assertEquals("the same for a signed-in caller", list.body().get("total").asInt(),
                http.get("/outcomes?regionId=" + f.county).body().get("total").asInt());
        assertEquals("已更换村口路灯", anonymous.get("/outcomes/" + p).body().get("replyText").asText());
        JsonNode done = anonymous.get("/opinions/receipt/" + receipt + "/outcome").body();
        assertEquals("COMPLETED", done.get("state").asText());
        assertEquals("已更换村口路灯", done.get("replyText").asText());
        assertEquals(400, anonymous.get("/outcomes?limit=501").status());

        // an opinion whose suggestion was merged as a duplicate follows it to the item it was merged into
        Http.Response second = http.post("/opinions", Http.map("source", "STATION", "regionId", f.township,
                "stationId", null, "deputyId", f.deputy, "content", "路灯又坏了", "submitterName", null,
                "submitterContact", null));
        long dup = http.post("/opinions/" + second.body().get("id").asLong() + "/promote", Http.map("kind",
                "INTER_SESSION_OPINION", "regionId", f.township, "category", "INFRASTRUCTURE", "title", "重复的路灯建议",
                "content", null, "deputyIds", List.of(f.deputy))).body().get("id").asLong();
        long target = f.register("合并目标建议").get("id").asLong();
        f.act(dup, "merge", Http.map("targetId", target, "reason", "重复"));
        JsonNode merged = anonymous.get("/opinions/receipt/" + second.body().get("receiptNo").asText() + "/outcome")
                .body();
        assertEquals(merged.toString(), target, merged.get("id").asLong());
        assertEquals("REGISTERED", merged.get("state").asText());
        assertEquals(404, anonymous.get("/opinions/receipt/XX-20260101-NOSUCH23/outcome").status());
    }

    @Test
    public void listsFilterAndPage() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        for (int i = 0; i < 5; i++) {
            f.register("分页测试 " + i);
        }
        f.assigned("分页测试 已交办");
        JsonNode page = http.get("/suggestions?regionId=" + f.county + "&offset=2&limit=2").body();
        assertEquals(6, page.get("total").asInt());
        assertEquals(2, page.get("items").size());
        assertEquals(2, page.get("offset").asInt());
        assertEquals(1, http.get("/suggestions?regionId=" + f.county + "&state=ASSIGNED").body().get("total").asInt());
        assertEquals(1, http.get("/suggestions?unitId=" + f.countyUnit).body().get("total").asInt());
        assertEquals(6, http.get("/suggestions?deputyId=" + f.deputy).body().get("total").asInt());
        // without sub-regions only the item routed to the county itself
        assertEquals(1, http.get("/suggestions?regionId=" + f.county + "&subRegions=false").body().get("total")
                .asInt());
        assertEquals(1, http.get("/regions?parentId=" + f.city + "&level=TOWNSHIP").body().get("total").asInt());
    }

    @Test
    public void theLedgerOrdersByDeadlineAndSearchesTextAsTyped() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        long sooner = f.assigned(f.prefix + "-100 修路").get("id").asLong();
        long later = f.assigned(f.prefix + "-10% 修桥").get("id").asLong();
        f.act(later, "extension-request", Http.map("days", 20, "reason", "需报区政府常务会研究"));
        f.act(later, "extension-decision", Http.map("approve", true, "reason", "同意"));
        long waiting = f.register(f.prefix + " 未交办").get("id").asLong();

        String region = "/suggestions?regionId=" + f.county;
        assertEquals(List.of(waiting, later, sooner), ids(http.get(region).body()));
        // a unit's working order: the nearest deadline first, items without a running clock after them
        assertEquals(List.of(sooner, later, waiting), ids(http.get(region + "&sort=DEADLINE").body()));
        assertEquals(List.of(sooner), ids(http.get(region + "&sort=DEADLINE&limit=1").body()));
        assertEquals(List.of(later), ids(http.get(region + "&sort=DEADLINE&offset=1&limit=1").body()));
        Http.Response bad = http.get(region + "&sort=OLDEST");
        assertEquals(400, bad.status());
        assertTrue(bad.message(), bad.message().contains("DEADLINE"));

        // any letter case; % and _ are characters, not wildcards
        String q = java.net.URLEncoder.encode(f.prefix.toLowerCase(java.util.Locale.ROOT) + "-10%", "UTF-8");
        assertEquals(List.of(later), ids(http.get("/suggestions?q=" + q).body()));
        String underscore = java.net.URLEncoder.encode(f.prefix + "-10_", "UTF-8");
        assertEquals(List.of(), ids(http.get("/suggestions?q=" + underscore).body()));
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(s -> ids.add(s.get("id").asLong()));
        return ids;
    }

    @Test
    public void eventsArePublishedOnEventAdminAfterCommit() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        List<String> topics = new CopyOnWriteArrayList<>();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "lianxin/suggestion/*");
        ServiceRegistration<EventHandler> reg = context.registerService(EventHandler.class,
                e -> topics.add(e.getTopic() + "#" + e.getProperty("suggestion.id")), props);
        try {
            long id = f.register("事件发布测试").get("id").asLong();
            f.act(id, "group-pass", null);
            http.post("/suggestions/" + id + "/reply", Http.map("resultClass", "A", "text", "x"));
            assertTrue(Http.await(Duration.ofSeconds(10), () -> topics.contains("lianxin/suggestion/TOWNSHIP_REVIEW#" + id)));
            assertTrue(topics.contains("lianxin/suggestion/REGISTERED#" + id));
            assertFalse("a refused action publishes nothing", topics.contains("lianxin/suggestion/REPLIED#" + id));
        } finally {
            reg.unregister();
        }
    }
}
