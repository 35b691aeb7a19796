package org.lianxin.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.Before;
import org.junit.Test;
import org.lianxin.api.DeputyGroupService;
import org.lianxin.api.DeputyService;
import org.lianxin.api.DutyService;
import org.lianxin.api.ExportService;
import org.lianxin.api.ScoringService;
import org.lianxin.api.StatisticsService;
import org.lianxin.api.VoterReportService;
import org.lianxin.api.security.AuthService;
import org.lianxin.api.security.UserService;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.IllegalTransitionException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.OpinionService;
import org.lianxin.api.OutcomeService;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.StationService;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.Assignment;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.rest.internal.InMemoryApi.Result;

import com.fasterxml.jackson.databind.JsonNode;

/** A few endpoints through the real Jersey application, in memory, on fake services. */
public class ApiEndpointsTest {
    private static final String NEW = "{\"kind\":\"INTER_SESSION_OPINION\",\"regionId\":3,\"category\":\"INFRASTRUCTURE\","
            + "\"title\":\"关于修复村道的建议\",\"content\":\"村道破损，请尽快修复。\",\"deputyIds\":[7]}";

    private final Map<Long, Suggestion> store = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicReference<String> lastActor = new AtomicReference<>();
    private final AtomicReference<Object[]> lastCall = new AtomicReference<>();
    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private InMemoryApi api;

    @Before
    public void setUp() {
        RegionService regions = Fakes.of(RegionService.class, Map.of("list", a -> {
            if (databaseDown.get()) {
                throw new IllegalStateException("connection refused");
            }
            return new Page<>(List.of(), 0, 0, 1);
        }));
        SuggestionService suggestions = Fakes.of(SuggestionService.class, Map.of(
                "register", a -> {
                    NewSuggestion in = (NewSuggestion) a[0];
                    lastActor.set((String) a[1]);
                    Suggestion s = Fakes.suggestion(ids.incrementAndGet(), SuggestionState.REGISTERED, in.title());
                    store.put(s.id(), s);
                    return s;
                },
                "get", a -> find((Long) a[0]),
                "groupPass", a -> {
                    Suggestion s = find((Long) a[0]);
                    lastActor.set((String) a[1]);
                    if (s.state() != SuggestionState.REGISTERED) {
                        throw new IllegalTransitionException(s.state(), LifecycleAction.GROUP_PASS,
                                Set.of(LifecycleAction.ROUTE, LifecycleAction.MERGE));
                    }
                    return Fakes.suggestion(s.id(), SuggestionState.TOWNSHIP_REVIEW, s.title());
                },
                "assign", a -> {
                    lastCall.set(a);
                    return find((Long) a[0]);
                },
                "list", a -> {
                    lastCall.set(a);
                    PageRequest p = (PageRequest) a[1];
                    return new Page<>(new ArrayList<>(store.values()), store.size(), p.offset(), p.limit());
                },
                "contacts", a -> List.of(),
                "close", a -> {
                    throw new IllegalStateException("boom: a secret detail");
                }));
        api = new InMemoryApi(new CoreServices(regions, Fakes.none(DeputyService.class),
                Fakes.none(DeputyGroupService.class), Fakes.none(StationService.class),
                Fakes.none(HandlingUnitService.class), Fakes.none(OpinionService.class), suggestions,
                Fakes.none(HandlingClock.class), Fakes.of(PracticeRegistry.class, Map.of("list", a -> List.of())),
                Fakes.none(DutyService.class), Fakes.none(StatisticsService.class),
                Fakes.none(ScoringService.class), Fakes.none(VoterReportService.class), Fakes.none(ExportService.class),
                Fakes.auth(), Fakes.none(UserService.class), Fakes.none(OutcomeService.class)));
    }

    private Suggestion find(long id) {
        Suggestion s = store.get(id);
        if (s == null) {
            throw new NotFoundException("suggestion", id);
        }
        return s;
    }

    private static void assertError(Result r, int status, String error) {
        assertEquals(r.text(), status, r.status());
        JsonNode body = r.json();
        assertEquals(r.text(), status, body.get("status").asInt());
        assertEquals(r.text(), error, body.get("error").asText());
        assertTrue(r.text(), body.has("message") && body.has("field") && body.has("state") && body.has("allowed"));
        assertFalse("no stack trace", r.text().contains("at org."));
    }

    @Test
    public void healthIsUpOrDown() {
        Result up = api.get("/health");
        assertEquals(200, up.status());
        assertEquals("UP", up.json().get("status").asText());
        assertEquals("UP", up.json().get("database").asText());
        assertEquals("1.2.3", up.json().get("version").asText());
        databaseDown.set(true);
        Result down = api.get("/health");
        assertEquals(503, down.status());
        assertEquals("DOWN", down.json().get("status").asText());
    }

    @Test
    public void registerAnswers201WithLocationAndChineseRoundTrips() {
        Result r = api.call("POST", "/suggestions", NEW,
                Map.of("Content-Type", "application/json", "Authorization", "Bearer itest"));
        assertEquals(r.text(), 201, r.status());
        assertEquals("http://localhost/api/v1/suggestions/1", r.header("Location"));
        assertTrue(r.header("Content-Type"), r.header("Content-Type").toLowerCase().contains("charset=utf-8"));
        assertEquals("关于修复村道的建议", r.json().get("title").asText());
        assertEquals("2026-03-08", r.json().get("deadline").asText());
        assertEquals("2026-03-01T08:00:00Z", r.json().get("createdAt").asText());
        assertTrue("nulls are written", r.json().has("leadUnitId") && r.json().get("leadUnitId").isNull());
        assertEquals("itest", lastActor.get());
        assertEquals("关于修复村道的建议", api.get("/suggestions/1").json().get("title").asText());
    }

    @Test
    public void actionsWithoutBodyAcceptNoneOrEmptyAndDefaultTheActor() {
        api.post("/suggestions", NEW);
        assertEquals("api", lastActor.get());
        Result none = api.call("POST", "/suggestions/1/group-pass", null, Map.of());
        assertEquals(none.text(), 200, none.status());
        assertEquals("TOWNSHIP_REVIEW", none.json().get("state").asText());
        Result empty = api.post("/suggestions/1/group-pass", "");
        assertEquals(empty.text(), 200, empty.status());

        Result confirm = api.call("POST", "/suggestions/1/assign", null, Map.of());
        assertEquals(confirm.text(), 200, confirm.status());
        assertNull("no body confirms the pre-assignment", lastCall.get()[1]);
        api.post("/suggestions/1/assign", "{\"leadUnitId\":5,\"coUnitIds\":[6]}");
        assertEquals(new Assignment(5, List.of(6L)), lastCall.get()[1]);
    }

    @Test
    public void illegalTransitionIs409WithStateAndAllowed() {
        api.post("/suggestions", NEW);
        store.put(1L, Fakes.suggestion(1, SuggestionState.ROUTED, "x"));
        Result r = api.post("/suggestions/1/group-pass", null);
        assertError(r, 409, "CONFLICT");
        assertEquals("ROUTED", r.json().get("state").asText());
        assertEquals("[\"MERGE\",\"ROUTE\"]", r.json().get("allowed").toString());
        assertTrue(r.json().get("message").asText().contains("ROUTED"));
    }

    @Test
    public void badInputIs400NamingTheField() {
        assertError(api.post("/suggestions", "{ not json"), 400, "BAD_REQUEST");
        Result kind = api.post("/suggestions", NEW.replace("INTER_SESSION_OPINION", "NOPE"));
        assertError(kind, 400, "BAD_REQUEST");
        assertEquals("kind", kind.json().get("field").asText());
        Result unknown = api.post("/suggestions", NEW.replace("{", "{\"colour\":1,"));
        assertEquals("colour", unknown.json().get("field").asText());
        Result noRegion = api.post("/suggestions", NEW.replace("\"regionId\":3,", ""));
        assertError(noRegion, 400, "BAD_REQUEST");
        assertEquals(noRegion.text(), "regionId", noRegion.json().get("field").asText());
        Result wrongType = api.post("/suggestions", NEW.replace("\"regionId\":3", "\"regionId\":\"three\""));
        assertEquals(wrongType.text(), "regionId", wrongType.json().get("field").asText());
        Result noDeputy = api.post("/suggestions", NEW.replace("[7]", "[]"));
        assertEquals("deputyIds", noDeputy.json().get("field").asText());
        Result longTitle = api.post("/suggestions", NEW.replace("关于修复村道的建议", "x".repeat(201)));
        assertEquals("title", longTitle.json().get("field").asText());
        // PostgreSQL stores no NUL in text: a 400 here, never a 500 from the database
        Result nul = api.post("/suggestions", NEW.replace("关于修复村道的建议", "关于\\u0000修复"));
        assertError(nul, 400, "BAD_REQUEST");
        assertEquals(nul.text(), "title", nul.json().get("field").asText());
        Result nulQuery = api.get("/suggestions?q=a%00b");
        assertError(nulQuery, 400, "BAD_REQUEST");
        assertEquals("q", nulQuery.json().get("field").asText());
        Result noBody = api.post("/suggestions", null);
        assertError(noBody, 400, "BAD_REQUEST");
        assertEquals("suggestion", noBody.json().get("field").asText());
        Result blankReason = api.post("/suggestions/1/group-return", "{\"reason\":\" \"}");
        assertEquals("reason", blankReason.json().get("field").asText());
        Result basic = api.call("GET", "/suggestions", null, Map.of("Authorization", "Basic YWRtaW46YWRtaW4="));
        assertError(basic, 401, "UNAUTHORIZED");
        assertEquals("Bearer realm=\"lianxin\"", basic.header("WWW-Authenticate"));
    }

    @Test
    public void queryParametersAreParsedStrictly() {
        Result r = api.get("/suggestions?regionId=3&state=ASSIGNED&state=HANDLING&overdue=true&from=2026-01-01"
                + "&subRegions=false&q=%E6%9D%91%E9%81%93&offset=2&limit=2");
        assertEquals(r.text(), 200, r.status());
        assertEquals(2, r.json().get("offset").asInt());
        assertEquals(2, r.json().get("limit").asInt());
        SuggestionQuery q = (SuggestionQuery) lastCall.get()[0];
        assertEquals(Long.valueOf(3), q.regionId());
        assertFalse(q.subRegions());
        assertEquals(Set.of(SuggestionState.ASSIGNED, SuggestionState.HANDLING), q.states());
        assertEquals(Boolean.TRUE, q.overdue());
        assertEquals("2026-01-01", q.from().toString());
        assertEquals("村道", q.text());
        api.get("/suggestions");
        assertTrue("sub-regions by default", ((SuggestionQuery) lastCall.get()[0]).subRegions());
        assertEquals(50, ((PageRequest) lastCall.get()[1]).limit());

        Result state = api.get("/suggestions?state=BOGUS");
        assertError(state, 400, "BAD_REQUEST");
        assertEquals("state", state.json().get("field").asText());
        assertTrue(state.json().get("message").asText().contains("REGISTERED"));
        assertEquals("limit", api.get("/suggestions?limit=100000").json().get("field").asText());
        assertEquals("limit", api.get("/suggestions?limit=0").json().get("field").asText());
        assertEquals("offset", api.get("/suggestions?offset=-1").json().get("field").asText());
        assertEquals("regionId", api.get("/suggestions?regionId=abc").json().get("field").asText());
        assertEquals("overdue", api.get("/suggestions?overdue=maybe").json().get("field").asText());
        assertEquals("from", api.get("/suggestions?from=2026-13-01").json().get("field").asText());
        assertError(api.get("/suggestions/abc"), 400, "BAD_REQUEST");
    }

    @Test
    public void httpErrorsHaveTheSameShape() {
        assertError(api.get("/no-such-resource"), 404, "NOT_FOUND");
        assertError(api.get("/suggestions/99"), 404, "NOT_FOUND");
        Result notAllowed = api.call("DELETE", "/suggestions/1/group-pass", null, Map.of());
        assertError(notAllowed, 405, "METHOD_NOT_ALLOWED");
        assertError(api.call("POST", "/suggestions", "x", Map.of("Content-Type", "text/plain")), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        Result internal = api.post("/suggestions/1/close", null);
        assertError(internal, 500, "INTERNAL_SERVER_ERROR");
        assertFalse(internal.text(), internal.text().contains("secret"));
        assertTrue(internal.text(), internal.json().get("message").asText().startsWith("internal error (ref "));
    }

    @Test
    public void pathsSharedByTwoResourceClassesAllRoute() {
        api.post("/suggestions", NEW);
        assertEquals(200, api.get("/suggestions/1/contacts").status());
        assertEquals("[]", api.get("/suggestions/1/contacts").json().toString());
        assertEquals(200, api.get("/practices").status());
        assertTrue(api.get("/practices").json().isArray());
        JsonNode doc = api.get("/openapi.json").json();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        assertTrue(doc.get("paths").has("/suggestions/{id}/assign"));
    }
}
