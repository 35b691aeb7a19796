package org.lianxin.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Before;
import org.junit.Test;
import org.lianxin.api.DeputyGroupService;
import org.lianxin.api.DeputyService;
import org.lianxin.api.DutyService;
import org.lianxin.api.ExportService;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.OpinionService;
import org.lianxin.api.OutcomeService;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.ScoringService;
import org.lianxin.api.StationService;
import org.lianxin.api.StatisticsService;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.VoterReportService;
import org.lianxin.api.dto.Opinion;
import org.lianxin.api.dto.OpinionInput;
import org.lianxin.api.dto.OpinionStatus;
import org.lianxin.api.security.UserService;
import org.lianxin.rest.internal.InMemoryApi.Result;
import org.lianxin.rest.internal.auth.IntakeLimits;
import org.lianxin.rest.internal.qr.IntakeLinks;
import org.glassfish.jersey.server.ApplicationHandler;

/** What a caller without a login may send: one small opinion at a time, nothing else. */
public class PublicIntakeTest {
    private static final Map<String, String> PUBLIC = Map.of("Authorization", "", "Content-Type", "application/json");
    private static final String OPINION = "{\"source\":\"PUBLIC_QR\",\"regionId\":3,\"content\":\"路灯坏了\"}";
    private final AtomicInteger stored = new AtomicInteger();
    private InMemoryApi api;

    @Before
    public void setUp() {
        OpinionService opinions = Fakes.of(OpinionService.class, Map.of("record", a -> {
            OpinionInput in = (OpinionInput) a[0];
            int n = stored.incrementAndGet();
            return new Opinion(n, "R-" + n, in.source(), in.regionId(), null, null, in.content(), null, null,
                    OpinionStatus.NEW, null, Instant.now());
        }));
        CoreServices core = new CoreServices(Fakes.none(RegionService.class), Fakes.none(DeputyService.class),
                Fakes.none(DeputyGroupService.class), Fakes.none(StationService.class),
                Fakes.none(HandlingUnitService.class), opinions, Fakes.none(SuggestionService.class),
                Fakes.none(HandlingClock.class), Fakes.none(PracticeRegistry.class), Fakes.none(DutyService.class),
                Fakes.none(StatisticsService.class), Fakes.none(ScoringService.class),
                Fakes.none(VoterReportService.class), Fakes.none(ExportService.class), Fakes.auth(),
                Fakes.none(UserService.class), Fakes.none(OutcomeService.class));
        IntakeLimits limits = new IntakeLimits();
        limits.configure(2048, 3, 10);
        api = new InMemoryApi(new ApplicationHandler(ApiApplication.create(core, "1", new IntakeLinks(), limits)));
    }

    @Test
    public void thePublicSendsOpinionsWithinTheLimitsAndNothingElse() {
        for (int i = 0; i < 3; i++) {
            Result r = api.call("POST", "/opinions", OPINION, PUBLIC);
            assertEquals(r.text(), 201, r.status());
        }
        Result flood = api.call("POST", "/opinions", OPINION, PUBLIC);
        assertEquals(429, flood.status());
        assertTrue(flood.header("Retry-After"), Integer.parseInt(flood.header("Retry-After")) > 0);
        assertTrue(flood.text(), flood.json().get("message").asText().contains("too many submissions"));
        assertEquals("refused submissions store nothing", 3, stored.get());
        Result signedIn = api.post("/opinions", OPINION);
        assertEquals("staff typing in paper opinions are not limited", 201, signedIn.status());

        Result write = api.call("POST", "/suggestions", "{}", PUBLIC);
        assertEquals(401, write.status());
        assertTrue(write.json().get("message").asText().contains("only thing to send is a new opinion"));
        assertEquals(401, api.call("DELETE", "/regions/1", null, PUBLIC).status());
        assertEquals(401, api.call("POST", "/opinions/1/dismiss", "{}", PUBLIC).status());
    }

    @Test
    public void oversizedSubmissionsAre413WithOrWithoutALength() {
        String big = "{\"source\":\"PUBLIC_QR\",\"regionId\":3,\"content\":\"" + "长".repeat(3000) + "\"}";
        Result declared = api.call("POST", "/opinions", big, Map.of("Authorization", "", "Content-Type",
                "application/json", "Content-Length", String.valueOf(big.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        .length)));
        assertEquals(declared.text(), 413, declared.status());
        Result chunked = api.call("POST", "/opinions", big, PUBLIC);
        assertEquals(chunked.text(), 413, chunked.status());
        assertEquals(0, stored.get());
    }
}
