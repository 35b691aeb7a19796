package org.lianxin.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.Before;
import org.junit.Test;
import org.lianxin.api.DeputyGroupService;
import org.lianxin.api.DeputyService;
import org.lianxin.api.DutyService;
import org.lianxin.api.ExportService;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.OpinionService;
import org.lianxin.api.OutcomeService;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.ScoringService;
import org.lianxin.api.StationService;
import org.lianxin.api.StatisticsService;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.VoterReportService;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.Opinion;
import org.lianxin.api.dto.OpinionSource;
import org.lianxin.api.dto.OpinionStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.PublicOutcome;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.ResultClass;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.UserService;
import org.lianxin.rest.internal.InMemoryApi.Result;

import com.fasterxml.jackson.databind.JsonNode;

/** The public's outcome endpoints through the real Jersey application, on a fake outcome service. */
public class OutcomeEndpointsTest {
    private static final Map<String, String> PUBLIC = Map.of("Authorization", "");
    private static final PublicOutcome DONE = new PublicOutcome(5, "XS-2026-000005", SuggestionKind.INTER_SESSION_OPINION,
            Category.INFRASTRUCTURE, "关于修复村道的建议", "村道破损", SuggestionState.COMPLETED, 3, "相山区", "区住建局", null,
            true, ResultClass.A, "已修复", Instant.parse("2026-04-01T08:00:00Z"), Rating.SATISFIED, null, false, false,
            Instant.parse("2026-04-02T08:00:00Z"));
    private static final PublicOutcome RUNNING = new PublicOutcome(6, "XS-2026-000006",
            SuggestionKind.INTER_SESSION_OPINION, Category.INFRASTRUCTURE, "关于路灯的建议", "路灯不亮",
            SuggestionState.HANDLING, 3, "相山区", "区住建局", LocalDate.of(2026, 5, 1), false, null, null, null, null,
            null, false, false, Instant.parse("2026-04-02T08:00:00Z"));

    private final AtomicReference<Object[]> lastList = new AtomicReference<>();
    private final AtomicReference<Identity> lastCaller = new AtomicReference<>();
    private InMemoryApi api;

    @Before
    public void setUp() {
        OutcomeService outcomes = Fakes.of(OutcomeService.class, Map.of(
                "published", a -> {
                    lastList.set(a);
                    lastCaller.set(Callers.current().orElse(null));
                    PageRequest p = (PageRequest) a[3];
                    return new Page<>(List.of(DONE), 1, p.offset(), p.limit());
                },
                "get", a -> {
                    lastCaller.set(Callers.current().orElse(null));
                    if ((Long) a[0] != 5L) {
                        throw new NotFoundException("published outcome", a[0]);
                    }
                    return DONE;
                },
                "ofReceipt", a -> {
                    lastCaller.set(Callers.current().orElse(null));
                    return switch ((String) a[0]) {
                        case "R-RUNNING" -> RUNNING;
                        case "R-NEW" -> throw new NotFoundException("opinion receipt", "R-NEW",
                                "opinion R-NEW has not been taken up as a suggestion yet");
                        default -> throw new NotFoundException("opinion receipt", a[0]);
                    };
                }));
        OpinionService opinions = Fakes.of(OpinionService.class, Map.of("getByReceipt", a -> new Opinion(1,
                (String) a[0], OpinionSource.PUBLIC_QR, 3, null, null, "路灯不亮", null, null, OpinionStatus.PROMOTED, 6L,
                Instant.now())));
        api = new InMemoryApi(new CoreServices(Fakes.none(RegionService.class), Fakes.none(DeputyService.class),
                Fakes.none(DeputyGroupService.class), Fakes.none(StationService.class),
                Fakes.none(HandlingUnitService.class), opinions, Fakes.none(SuggestionService.class),
                Fakes.none(HandlingClock.class), Fakes.none(PracticeRegistry.class), Fakes.none(DutyService.class),
                Fakes.none(StatisticsService.class), Fakes.none(ScoringService.class),
                Fakes.none(VoterReportService.class), Fakes.none(ExportService.class), Fakes.auth(),
                Fakes.none(UserService.class), outcomes));
    }

    private Result anonymous(String path) {
        return api.call("GET", path, null, PUBLIC);
    }

    private static void assertError(Result r, int status, String field) {
        assertEquals(r.text(), status, r.status());
        JsonNode body = r.json();
        assertEquals(r.text(), status, body.get("status").asInt());
        assertTrue(r.text(), body.has("error") && body.has("message") && body.has("state") && body.has("allowed"));
        if (field != null) {
            assertEquals(r.text(), field, body.get("field").asText());
        }
    }

    @Test
    public void thePublicListsPublishedOutcomesWithDefaultPaging() {
        Result r = anonymous("/outcomes");
        assertEquals(r.text(), 200, r.status());
        assertTrue("reaches the service as the public", lastCaller.get().isPublic());
        assertEquals(java.util.Arrays.asList(null, null, null, PageRequest.of(0, 50)),
                java.util.Arrays.asList(lastList.get()));
        JsonNode item = r.json().get("items").get(0);
        assertEquals(1, r.json().get("total").asInt());
        assertEquals("已修复", item.get("replyText").asText());
        assertEquals("SATISFIED", item.get("rating").asText());
        assertTrue(item.get("published").asBoolean());
        Set<String> fields = new TreeSet<>();
        item.fieldNames().forEachRemaining(fields::add);
        assertEquals(new TreeSet<>(List.of("id", "ledgerNo", "kind", "category", "title", "content", "state",
                "regionId", "regionName", "leadUnitName", "deadline", "published", "resultClass", "replyText",
                "repliedAt", "rating", "explanation", "lookBack", "solved", "updatedAt")), fields);

        assertEquals(200, anonymous("/outcomes?regionId=3&category=EDUCATION&q=%20%E8%B7%AF%E7%81%AF%20&offset=10"
                + "&limit=500").status());
        Object[] a = lastList.get();
        assertEquals(3L, a[0]);
        assertEquals(Category.EDUCATION, a[1]);
        assertEquals("the text is trimmed", "路灯", a[2]);
        assertEquals(PageRequest.of(10, 500), a[3]);
        anonymous("/outcomes?q=%20%20");
        assertNull("a blank text filters nothing", lastList.get()[2]);
        assertEquals("a signed-in caller sees the same", 200, api.get("/outcomes").status());
    }

    @Test
    public void badParametersAre400InTheErrorShape() {
        lastList.set(null);
        assertError(anonymous("/outcomes?limit=501"), 400, "limit");
        assertError(anonymous("/outcomes?limit=0"), 400, "limit");
        assertError(anonymous("/outcomes?offset=-1"), 400, "offset");
        assertError(anonymous("/outcomes?offset=99999999999"), 400, "offset");
        assertError(anonymous("/outcomes?regionId=abc"), 400, "regionId");
        assertError(anonymous("/outcomes?category=BOGUS"), 400, "category");
        assertError(anonymous("/outcomes?q=" + "x".repeat(201)), 400, "q");
        assertError(anonymous("/outcomes?q=a%00b"), 400, null);
        assertNull("no bad request reached the service", lastList.get());
    }

    @Test
    public void oneOutcomeIsReadableWithoutLoginAndUnpublishedIs404() {
        Result done = anonymous("/outcomes/5");
        assertEquals(done.text(), 200, done.status());
        assertEquals("COMPLETED", done.json().get("state").asText());
        assertTrue(lastCaller.get().isPublic());
        Result hidden = anonymous("/outcomes/6");
        assertError(hidden, 404, null);
        assertEquals("published outcome 6 does not exist", hidden.json().get("message").asText());
        assertEquals(404, anonymous("/outcomes/-1").status());
        assertError(anonymous("/outcomes/99999999999999999999"), 400, null);
    }

    @Test
    public void theReceiptLeadsToTheOutcomeAndTheReceiptItselfStillAnswers() {
        Result running = anonymous("/opinions/receipt/R-RUNNING/outcome");
        assertEquals(running.text(), 200, running.status());
        JsonNode body = running.json();
        assertEquals("HANDLING", body.get("state").asText());
        assertFalse(body.get("published").asBoolean());
        assertTrue("unpublished: no reply", body.get("replyText").isNull() && body.get("rating").isNull());
        assertTrue(lastCaller.get().isPublic());

        Result notYet = anonymous("/opinions/receipt/R-NEW/outcome");
        assertError(notYet, 404, null);
        assertEquals("opinion R-NEW has not been taken up as a suggestion yet", notYet.json().get("message").asText());
        assertError(anonymous("/opinions/receipt/R-NONE/outcome"), 404, null);
        assertError(anonymous("/opinions/receipt/" + "R".repeat(101) + "/outcome"), 400, "receiptNo");

        Result receipt = anonymous("/opinions/receipt/R-RUNNING");
        assertEquals("the receipt's own endpoint is untouched by the merge of paths", 200, receipt.status());
        assertEquals(6, receipt.json().get("suggestionId").asLong());
    }
}
