package org.lianxin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Role;
import org.lianxin.api.security.UserService;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Issue 6's fuzz test: malformed, oversized and hostile input (broken JSON, wrong types, huge strings, SQL and script
 * payloads, unknown ids, illegal transitions) at every path × method of core's OpenAPI document and of each of the
 * four practices' documents, with all four installed and active for a fixture county. Every answer must be below
 * 500, a 4xx must carry the JSON error shape with a message and no Java internals, and nothing may be stored that an
 * accepted request does not account for. The figures go to stdout and {@code itests/target/fuzz-report.txt}.
 *
 * <p>What is not sent, or not sent as the test administrator:
 * <ul>
 * <li>{@code POST /auth/logout} is sent with an unknown bearer token, never the administrator's (it would end the
 * session the rest of the run needs);</li>
 * <li>{@code POST /auth/password} is sent as a throwaway user: wrong current passwords count towards a lock-out;</li>
 * <li>{@code POST /auth/login} names a user that does not exist, for the same reason;</li>
 * <li>{@code users/{id}/disable}, {@code reset-password}, every DELETE and every other body-less write are sent only
 * with hostile or unknown ids, never the administrator's or a real item's (they would act for real);</li>
 * <li>{@code POST /clock/escalations} gets hostile parameters only: a request it accepts escalates every open
 * suggestion in the country (other tests' and the demo's as well);</li>
 * <li>the public intake {@code POST /opinions} without a token is sent three times only (5 a minute per address).</li>
 * </ul>
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FuzzIT extends TestSupport {
    private static final long SEED = 20_260_906L;
    private static final String REPORT = "lianxin.itest.fuzzReport";
    /** In install order (the council needs livelihood); removed in the reverse order. */
    private static final List<String> PRACTICES = List.of("studio", "petition", "litigation", "livelihood",
            "council");
    private static final List<String> CORE_LISTS = List.of("suggestions", "opinions", "regions", "deputies", "units",
            "stations", "groups", "users", "duties");
    /** Each practice's main lists; they answer only for a region the practice is active in. */
    private static final List<String> PRACTICE_LISTS = List.of("practices/studio/studios",
            "practices/petition/petitions", "practices/litigation/clues", "practices/litigation/procuratorial",
            "practices/livelihood/rounds", "practices/council/councils");
    /** Operations that must not run for real: only their hostile-parameter requests are sent. */
    private static final Set<String> HOSTILE_ONLY = Set.of("POST /clock/escalations");

    private final FuzzTally tally = new FuzzTally();
    private int retried;

    @Override
    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(List.of(super.config()));
        options.add(systemProperty(REPORT).value(new File("target/fuzz-report.txt").getAbsolutePath()));
        return options.toArray(new Option[0]);
    }

    @Test
    public void hostileInputNeverFailsTheServerNorStoresWhatItShouldNot() throws Exception {
        Http http = adminHttp();
        assertTrue("REST up", Http.await(Duration.ofSeconds(60), () -> http.get("/health").status() == 200));
        Fixture f = new Fixture(http);
        String county = f.prefix + "Q";
        try {
            for (String practice : PRACTICES) {
                String out = console("feature:install -r lianxin-practice-" + practice);
                assertFalse(out, out.contains("ERROR"));
                assertTrue(practice + " live", Http.await(Duration.ofSeconds(60),
                        () -> http.get("/practices/" + practice + "/openapi.json").status() == 200));
                assertTrue(console("practice:activate " + practice + " " + county).contains("activated"));
            }
            run(http, f);
        } finally {
            List<String> removal = new ArrayList<>(PRACTICES);
            java.util.Collections.reverse(removal);
            for (String practice : removal) {
                console("practice:deactivate " + practice + " " + county);
                console("feature:uninstall -r lianxin-practice-" + practice);
            }
        }
    }

    private void run(Http http, Fixture f) throws Exception {
        Targets t = new Targets(http, f);
        RawHttp admin = new RawHttp(API, http.token());
        // before the snapshot: the suggestion it registers for the purpose is not the fuzz's doing
        List<String> transitions = illegalTransitions(f, t, admin);
        Map<String, Set<Long>> before = snapshot(http, f);
        RawHttp nobody = new RawHttp(API, "fuzz-unknown-token-" + SEED);
        RawHttp passwordUser = new RawHttp(API, t.passwordUser.token());
        long start = System.nanoTime();

        List<OpenApiOperations.Operation> operations = new ArrayList<>();
        Map<OpenApiOperations.Operation, OpenApiOperations> docs = new HashMap<>();
        OpenApiOperations core = new OpenApiOperations(http.get("/openapi.json").body());
        core.all("").forEach(op -> docs.put(op, core));
        operations.addAll(core.all(""));
        for (String practice : PRACTICES) {
            JsonNode doc = http.get("/practices/" + practice + "/openapi.json").body();
            OpenApiOperations d = new OpenApiOperations(doc);
            List<OpenApiOperations.Operation> ops = d.all("/practices/" + practice);
            assertFalse(practice + " documents its endpoints", ops.isEmpty());
            ops.forEach(op -> docs.put(op, d));
            operations.addAll(ops);
        }
        Map<String, Integer> perDocument = new TreeMap<>();
        for (OpenApiOperations.Operation op : operations) {
            perDocument.merge(op.base().isEmpty() ? "core" : op.base().substring(1), 1, Integer::sum);
            RawHttp client = op.path().equals("/auth/logout") && op.base().isEmpty() ? nobody
                    : op.path().equals("/auth/password") && op.base().isEmpty() ? passwordUser : admin;
            List<RawHttp.Request> requests = new OperationVariants(docs.get(op), op, t::pathValue, t::bodyValue, SEED)
                    .all(HOSTILE_ONLY.contains(op.toString()));
            for (RawHttp.Request r : requests) {
                send(client, op.toString(), r);
            }
        }
        publicCaller(nobody);
        long fuzzMillis = (System.nanoTime() - start) / 1_000_000;

        // items made later by what was accepted: procuratorial suggestions become core suggestions via the outbox
        http.post("/practices/litigation/outbox/deliver", Http.map());
        for (String location : tally.locations()) {
            if (location.startsWith("practices/")) {
                Http.Response r = http.get("/" + location);
                if (r.status() == 200) {
                    tally.mentions(r.body());
                }
            }
        }
        Map<String, Set<Long>> after = snapshot(http, f);
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("operations fuzzed (path × method)", operations.size() + " " + perDocument);
        List<String> unexplained = new ArrayList<>();
        Map<String, Integer> grown = new TreeMap<>();
        int autoDuties = autoDuties(http, before, after);
        notes.put("duty records core writes by itself for the new suggestions and opinions", Integer.toString(
                autoDuties));
        for (String list : before.keySet()) {
            Set<Long> added = new TreeSet<>(after.get(list));
            added.removeAll(before.get(list));
            Set<Long> removed = new TreeSet<>(before.get(list));
            removed.removeAll(after.get(list));
            grown.put(list, added.size());
            List<Long> unnamed = added.stream().filter(id -> !tally.explains(list, id)).toList();
            int allowed = tally.allowance(list) + ("duties".equals(list) ? autoDuties : 0);
            if (unnamed.size() > allowed) {
                for (long id : unnamed) {
                    String item = http.get("/" + list + "/" + id).text();
                    unexplained.add(list + "/" + id + " appeared without an accepted request creating it: "
                            + item.substring(0, Math.min(200, item.length())));
                }
            }
            removed.forEach(id -> unexplained.add(list + "/" + id + " disappeared"));
        }
        notes.put("list growth (after - before)", grown.toString());
        notes.put("sent again after a closed kept-alive connection", Integer.toString(retried));
        notes.put("unexplained differences", unexplained.toString());
        notes.put("illegal transitions not refused with 409 and the state", transitions.toString());

        String stillWorks = databaseStillWorks(http, f);
        notes.put("database after the run", stillWorks);
        String report = tally.report(fuzzMillis, ItConfig.postgresql() ? "PostgreSQL" : "Derby", notes);
        System.out.println(report);
        String file = System.getProperty(REPORT);
        if (file != null) {
            Files.writeString(Path.of(file), report, StandardCharsets.UTF_8);
        }
        assertEquals("5xx answers:\n" + String.join("\n", tally.serverErrors()), 0, tally.serverErrorCount());
        assertEquals("rule violations:\n" + String.join("\n", tally.violations()), List.of(), tally.violations());
        assertEquals("nothing stored that should not be", List.of(), unexplained);
        assertEquals("ok", stillWorks);
        assertEquals("illegal transitions", List.of(), transitions);
    }

    /** Sends and records; a connection the server closed without an answer is recorded as such (null). */
    private RawHttp.Answer send(RawHttp client, String operation, RawHttp.Request r) throws InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                RawHttp.Answer a = client.send(r);
                tally.record(operation, r, a);
                return a;
            } catch (java.io.IOException e) {
                // the client reused a kept-alive connection the server had just closed (after answering a request
                // whose big body it did not read): once more on a new connection; twice is a finding
                if (attempt == 1) {
                    retried++;
                    continue;
                }
                tally.closed(operation, r, e);
                return null;
            }
        }
    }

    /** Without a token: writes other than the intake are refused, the intake refuses junk (3 requests only). */
    private void publicCaller(RawHttp nobody) throws Exception {
        RawHttp pub = new RawHttp(API, null);
        for (RawHttp.Request r : List.of(
                RawHttp.Request.of("POST", "/opinions").withBody(OperationVariants.JSON, "{"),
                RawHttp.Request.of("POST", "/opinions").withBody(OperationVariants.JSON,
                        "{\"content\":\"" + HostileValues.huge(20_000) + "\"}"),
                RawHttp.Request.of("POST", "/opinions").withBody(OperationVariants.JSON, HostileValues.nested(
                        OperationVariants.DEEP, false)),
                RawHttp.Request.of("POST", "/suggestions").withBody(OperationVariants.JSON, "{}"),
                RawHttp.Request.of("DELETE", "/regions/1"),
                RawHttp.Request.of("POST", "/users").withBody(OperationVariants.JSON, "{\"username\":\"x\"}"),
                RawHttp.Request.of("POST", "/practices/studio/studios").withBody(OperationVariants.JSON, "{}"))) {
            RawHttp.Answer a = send(pub, "public", r);
            if (a != null && (a.status() < 400 || a.status() >= 500)) {
                tally.violations().add("the public's " + r + " answered " + a.status());
            }
        }
        RawHttp.Request me = RawHttp.Request.of("GET", "/auth/me");
        RawHttp.Answer a = send(nobody, "unknown token", me);
        if (a == null || a.status() != 401) {
            tally.violations().add("an unknown token's " + me + " was not a 401");
        }
    }

    /**
     * Lifecycle actions that a just-registered suggestion, a clue not yet accepted, a round not yet open and a
     * petition not yet resolved must refuse with 409 (sent before the fuzz, while the items are fresh).
     */
    private List<String> illegalTransitions(Fixture f, Targets t, RawHttp admin) throws Exception {
        List<String> wrong = new ArrayList<>();
        long id = f.register("非法流转测试").get("id").asLong();
        Map<String, Object> actions = new LinkedHashMap<>();
        actions.put("close", null);
        actions.put("accept", null);
        actions.put("reply", Http.map("resultClass", "A", "text", "已办理"));
        actions.put("evaluate", Http.map("rating", "SATISFIED", "channel", "ONLINE", "comment", null));
        actions.put("mark-solved", null);
        actions.put("explain", Http.map("explanation", "说明"));
        actions.put("unit-return", Http.map("reason", "不属于本单位"));
        for (Map.Entry<String, Object> action : actions.entrySet()) {
            RawHttp.Request r = RawHttp.Request.of("POST", "/suggestions/" + id + "/" + action.getKey())
                    .withBody(OperationVariants.JSON, Http.JSON.writeValueAsString(action.getValue()));
            RawHttp.Answer a = send(admin, "illegal transition", r);
            if (a == null || a.status() != 409 || !a.text().contains("\"state\":\"REGISTERED\"")) {
                wrong.add(r + " → " + (a == null ? "closed" : a.status() + " " + a.text()));
            }
        }
        Map<String, Object> practiceActions = new LinkedHashMap<>();
        practiceActions.put("/practices/litigation/clues/" + t.byCollection.get("/practices/litigation|clues")
                + "/rectified", Http.map("outcome", "已整改"));
        practiceActions.put("/practices/livelihood/rounds/" + t.byCollection.get("/practices/livelihood|rounds")
                + "/vote/close", null);
        practiceActions.put("/practices/petition/petitions/" + t.byCollection.get("/practices/petition|petitions")
                + "/follow-up", Http.map("satisfied", true, "note", "回访"));
        for (Map.Entry<String, Object> action : practiceActions.entrySet()) {
            RawHttp.Request r = RawHttp.Request.of("POST", action.getKey()).withBody(OperationVariants.JSON,
                    Http.JSON.writeValueAsString(action.getValue()));
            RawHttp.Answer a = send(admin, "illegal transition", r);
            if (a == null || a.status() != 409) {
                wrong.add(r + " → " + (a == null ? "closed" : a.status() + " " + a.text()));
            }
        }
        f.act(id, "group-pass", null);
        RawHttp.Request again = RawHttp.Request.of("POST", "/suggestions/" + id + "/group-pass");
        RawHttp.Answer a = send(admin, "illegal transition", again);
        if (a == null || a.status() != 409) {
            wrong.add(again + " → " + (a == null ? "closed" : a.status() + " " + a.text()));
        }
        return wrong;
    }

    /**
     * Core records a duty by itself for each deputy of a new suggestion ({@code SUGGESTION_RAISED}) and for the
     * deputy who took a new opinion ({@code RECEPTION}): those new duty records name no request of the run.
     */
    private static int autoDuties(Http http, Map<String, Set<Long>> before, Map<String, Set<Long>> after)
            throws Exception {
        int n = 0;
        for (String list : List.of("suggestions", "opinions")) {
            Set<Long> added = new TreeSet<>(after.get(list));
            added.removeAll(before.get(list));
            for (long id : added) {
                JsonNode item = http.get("/" + list + "/" + id).body();
                n += "suggestions".equals(list) ? item.path("deputyIds").size()
                        : item.path("deputyId").isIntegralNumber() ? 1 : 0;
            }
        }
        return n;
    }

    /** A normal create and read work after the run, and a script title comes back verbatim, as text. */
    private String databaseStillWorks(Http http, Fixture f) throws Exception {
        long unit = f.create("/units", Http.map("code", f.prefix + "UF", "name", "模糊测试后单位", "regionId", f.township));
        if (!"模糊测试后单位".equals(http.get("/units/" + unit).body().path("name").asText())) {
            return "unit not read back";
        }
        String title = HostileValues.SCRIPT + " & " + HostileValues.SQL_DROP;
        long id = f.register(title).get("id").asLong();
        Http.Response back = http.get("/suggestions/" + id);
        if (back.status() != 200 || !title.equals(back.body().path("title").asText())) {
            return "script title not verbatim: " + back.text();
        }
        return "ok";
    }

    /** The ids of every main list, as the national administrator sees them (practices' in the fixture county). */
    private static Map<String, Set<Long>> snapshot(Http http, Fixture f) throws Exception {
        Map<String, Set<Long>> out = new TreeMap<>();
        for (String list : CORE_LISTS) {
            out.put(list, ids(http, "/" + list + "?"));
        }
        for (String list : PRACTICE_LISTS) {
            out.put(list, ids(http, "/" + list + "?regionId=" + f.county + "&"));
        }
        return out;
    }

    private static Set<Long> ids(Http http, String query) throws Exception {
        Set<Long> ids = new TreeSet<>();
        for (int offset = 0;; offset += 500) {
            Http.Response r = http.get(query + "offset=" + offset + "&limit=500");
            assertEquals(query + " " + r.text(), 200, r.status());
            JsonNode items = r.body().isArray() ? r.body() : r.body().path("items");
            items.forEach(i -> ids.add(i.path("id").asLong()));
            if (r.body().isArray() || items.size() < 500) {
                return ids;
            }
        }
    }

    /**
     * The fixture's items that requests may name in a path (each a throwaway of this test: never the administrator,
     * never a region another test or the demo uses) and the plausible values of body properties.
     */
    private final class Targets {
        final Map<String, Long> byCollection = new HashMap<>();
        final Map<String, Object> byProperty = new HashMap<>();
        final Http passwordUser;

        Targets(Http http, Fixture f) throws Exception {
            long region = f.create("/regions", Http.map("code", f.prefix + "FZ", "name", "模糊测试镇", "level",
                    "TOWNSHIP", "parentId", f.county));
            userHttp("fuzz.victim", "受试用户", Set.of(Role.DEPUTY), f.township, null, f.deputy2);
            passwordUser = userHttp("fuzz.password", "改密用户", Set.of(Role.DEPUTY), f.township, null, f.deputy2);
            UserService users = service(UserService.class);
            long victim = Callers.asSystem(() -> users.getByUsername("fuzz.victim").id());
            long suggestion = f.register("模糊测试建议").get("id").asLong();
            long clueSuggestion = f.register("模糊测试线索来源").get("id").asLong();
            byCollection.put("|regions", region);
            byCollection.put("|units", f.townshipUnit);
            byCollection.put("|deputies", f.deputy2);
            byCollection.put("|suggestions", suggestion);
            byCollection.put("|users", victim);

            String studio = "/practices/studio";
            long studioId = created(http, studio + "/studios", Http.map("regionId", f.township, "name", "模糊测试工作室",
                    "brand", "测", "theme", "EDUCATION", "stationId", null));
            byCollection.put(studio + "|studios", studioId);
            byCollection.put(studio + "|consultations", created(http, studio + "/studios/" + studioId
                    + "/consultations", Http.map("asker", "某居民", "question", "怎么办？")));
            assertEquals(200, http.put(studio + "/studios/" + studioId + "/members/" + f.deputy, Http.map()).status());
            Http.Response collected = http.post(studio + "/studios/" + studioId + "/opinions", Http.map("deputyId",
                    f.deputy, "content", "模糊测试意见", "submitterName", "某"));
            assertEquals(collected.text(), 201, collected.status());
            JsonNode opinion = collected.body();
            byCollection.put(studio + "|opinions", opinion.get("id").asLong());
            byCollection.put("|opinions", opinion.get("opinionId").asLong());

            byCollection.put("/practices/petition|petitions", created(http, "/practices/petition/petitions",
                    Http.map("regionId", f.township, "deputyId", f.deputy, "petitioner", Http.map("name", "王某",
                            "idNumber", "34060219800101123X", "phone", "13912345678", "address", "测试镇"),
                            "consent", Http.map("given", true, "method", "WRITTEN"), "privacy", "RESTRICTED",
                            "subject", "模糊测试信访", "content", "内容", "category", "INFRASTRUCTURE",
                            "risk", Http.map("level", "LOW", "signs", List.of(), "note", null))));
            byCollection.put("/practices/litigation|clues", created(http, "/practices/litigation/clues",
                    Http.map("suggestionId", clueSuggestion, "harm", "ECOLOGY", "note", "模糊测试")));
            long round = created(http, "/practices/livelihood/rounds", Http.map("regionId", f.county, "year", 2041,
                    "places", 1));
            byCollection.put("/practices/livelihood|rounds", round);

            byProperty.put("regionId", f.township);
            byProperty.put("parentId", f.county);
            byProperty.put("deputyId", f.deputy);
            byProperty.put("deputyIds", List.of(f.deputy));
            byProperty.put("leadUnitId", f.countyUnit);
            byProperty.put("unitId", f.countyUnit);
            byProperty.put("suggestionId", suggestion);
            byProperty.put("username", "fuzz.nobody");
            for (String none : List.of("stationId", "groupId")) {
                byProperty.put(none, NullNode.instance);
            }
        }

        /** A real value for a path parameter: the item of the collection the segment before it names. */
        String pathValue(OpenApiOperations.Operation op, OpenApiOperations.Param p) {
            if ("deputyId".equals(p.name())) {
                return Long.toString(byCollection.get("|deputies"));
            }
            if (!"id".equals(p.name())) {
                return null;
            }
            String[] segments = op.path().split("/");
            for (int i = 1; i < segments.length; i++) {
                if (segments[i].equals("{id}")) {
                    Long id = byCollection.get(op.base() + "|" + segments[i - 1]);
                    return id == null ? null : Long.toString(id);
                }
            }
            return null;
        }

        Object bodyValue(String property) {
            return byProperty.get(property);
        }
    }

    private static long created(Http http, String path, Object body) throws Exception {
        Http.Response r = http.post(path, body);
        assertEquals(path + ": " + r.text(), 201, r.status());
        return r.body().get("id").asLong();
    }
}
