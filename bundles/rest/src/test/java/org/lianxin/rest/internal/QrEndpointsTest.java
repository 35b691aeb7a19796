package org.lianxin.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

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
import org.lianxin.api.NotFoundException;
import org.lianxin.api.OpinionService;
import org.lianxin.api.OutcomeService;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.StationService;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DeputyStatus;
import org.lianxin.api.dto.Station;
import org.lianxin.api.dto.StationKind;
import org.lianxin.rest.internal.InMemoryApi.Result;
import org.lianxin.rest.internal.qr.IntakeLinks;
import org.lianxin.rest.internal.qr.QrDecoding;

import com.fasterxml.jackson.databind.JsonNode;

/** The QR code endpoints through the real Jersey application, in memory, on fake deputy and station services. */
public class QrEndpointsTest {
    private static final Deputy ZHOU = new Deputy(12, "周明远", "男", 3, null, "农业", "十七届", DeputyStatus.ACTIVE,
            null, null, true, List.of(), List.of(5L));
    private static final Station STATION = new Station(5, "LS-STN-LLZ", "宋疃镇人大代表联络站", StationKind.STATION, 3,
            "宋疃镇政府院内", null);

    private final IntakeLinks intake = new IntakeLinks();
    private InMemoryApi api;

    @Before
    public void setUp() {
        DeputyService deputies = Fakes.of(DeputyService.class, Map.of("get", a -> {
            if ((Long) a[0] != ZHOU.id()) {
                throw new NotFoundException("deputy", a[0]);
            }
            return ZHOU;
        }));
        StationService stations = Fakes.of(StationService.class, Map.of("get", a -> {
            if ((Long) a[0] != STATION.id()) {
                throw new NotFoundException("station", a[0]);
            }
            return STATION;
        }));
        api = new InMemoryApi(new CoreServices(Fakes.none(RegionService.class), deputies,
                Fakes.none(DeputyGroupService.class), stations, Fakes.none(HandlingUnitService.class),
                Fakes.none(OpinionService.class), Fakes.none(SuggestionService.class), Fakes.none(HandlingClock.class),
                Fakes.none(PracticeRegistry.class), Fakes.none(DutyService.class), Fakes.none(StatisticsService.class),
                Fakes.none(ScoringService.class), Fakes.none(VoterReportService.class), Fakes.none(ExportService.class),
                Fakes.auth(), Fakes.none(UserService.class), Fakes.none(OutcomeService.class)), intake);
    }

    private static void assertError(Result r, int status, String error, String field) {
        assertEquals(r.text(), status, r.status());
        assertTrue(r.header("Content-Type"), r.header("Content-Type").startsWith("application/json"));
        JsonNode body = r.json();
        assertEquals(r.text(), status, body.get("status").asInt());
        assertEquals(r.text(), error, body.get("error").asText());
        assertTrue(r.text(), body.has("message") && body.has("state") && body.has("allowed"));
        assertEquals(r.text(), field, body.get("field").isNull() ? null : body.get("field").asText());
        assertTrue("errors are not cached", r.header("Cache-Control") == null);
    }

    @Test
    public void deputyPngOpensTheIntakePageOfTheDeputy() {
        Result r = api.get("/deputies/12/qr.png");
        assertEquals(r.text(), 200, r.status());
        assertEquals("image/png", r.header("Content-Type"));
        assertEquals("max-age=3600", r.header("Cache-Control").replace(" ", ""));
        assertEquals("inline; filename=\"deputy-12-qr.png\"", r.header("Content-Disposition"));
        assertEquals("http://localhost/intake?deputy=12", QrDecoding.png(r.bytes()));
    }

    @Test
    public void stationCodesOpenTheIntakePageOfTheStationByItsCode() {
        Result png = api.get("/stations/5/qr.png?size=512");
        assertEquals(png.text(), 200, png.status());
        assertEquals("inline; filename=\"station-5-qr.png\"", png.header("Content-Disposition"));
        assertEquals("http://localhost/intake?station=LS-STN-LLZ", QrDecoding.png(png.bytes()));

        Result svg = api.get("/stations/5/qr.svg");
        assertEquals(svg.text(), 200, svg.status());
        assertEquals("image/svg+xml", svg.header("Content-Type"));
        assertEquals("inline; filename=\"station-5-qr.svg\"", svg.header("Content-Disposition"));
        assertEquals("max-age=3600", svg.header("Cache-Control").replace(" ", ""));
        assertEquals("300", QrDecoding.svg(svg.text()).getDocumentElement().getAttribute("width"));
    }

    @Test
    public void theConfiguredBaseIsUsedAsSoonAsItChanges() {
        intake.configure("https://renda.example.gov.cn/lianxin");
        assertEquals("https://renda.example.gov.cn/lianxin/intake?deputy=12",
                QrDecoding.png(api.get("/deputies/12/qr.png").bytes()));
        JsonNode links = api.get("/stations/5/qr").json();
        assertEquals("https://renda.example.gov.cn/lianxin/intake?station=LS-STN-LLZ", links.get("url").asText());
        assertEquals("the images stay on the API's address", "http://localhost/api/v1/stations/5/qr.png",
                links.get("png").asText());
        assertEquals("http://localhost/api/v1/stations/5/qr.svg", links.get("svg").asText());
    }

    @Test
    public void linksAnswerJson() {
        Result r = api.get("/deputies/12/qr");
        assertEquals(r.text(), 200, r.status());
        assertTrue(r.header("Content-Type"), r.header("Content-Type").startsWith("application/json"));
        assertEquals("http://localhost/intake?deputy=12", r.json().get("url").asText());
        assertEquals("http://localhost/api/v1/deputies/12/qr.png", r.json().get("png").asText());
        assertEquals("http://localhost/api/v1/deputies/12/qr.svg", r.json().get("svg").asText());
    }

    @Test
    public void unknownIdsAre404InTheErrorShape() {
        for (String path : new String[] { "/deputies/99/qr.png", "/deputies/99/qr.svg", "/deputies/99/qr",
            "/stations/99/qr.png", "/stations/99/qr.svg", "/stations/99/qr" }) {
            Result r = api.get(path);
            assertError(r, 404, "NOT_FOUND", null);
            assertTrue(path + " " + r.text(), r.json().get("message").asText().endsWith("99 does not exist"));
        }
        Result accept = api.call("GET", "/deputies/99/qr.png", null, Map.of("Accept", "image/png"));
        assertError(accept, 404, "NOT_FOUND", null);
        assertError(api.get("/deputies/12/qr.gif"), 404, "NOT_FOUND", null);
    }

    @Test
    public void badSizesAre400NamingTheParameter() {
        for (String size : new String[] { "abc", "1.5", "127", "1025", "-300", "99999999999" }) {
            Result r = api.get("/deputies/12/qr.png?size=" + size);
            assertError(r, 400, "BAD_REQUEST", "size");
            assertFalse(r.text(), r.text().contains("at org."));
        }
        assertTrue(api.get("/deputies/12/qr.svg?size=2000").json().get("message").asText()
                .contains("between 128 and 1024"));
        assertError(api.get("/deputies/abc/qr.png"), 400, "BAD_REQUEST", "id");
        assertEquals("bounds are allowed", 200, api.get("/stations/5/qr.svg?size=128").status());
        assertEquals(200, api.get("/stations/5/qr.png?size=1024").status());
        assertEquals("empty means the default", 200, api.get("/stations/5/qr.png?size=").status());
    }

    @Test
    public void theRegistriesOnTheSamePathsStillRoute() {
        Result deputy = api.get("/deputies/12");
        assertEquals(deputy.text(), 200, deputy.status());
        assertEquals("周明远", deputy.json().get("name").asText());
        assertEquals("LS-STN-LLZ", api.get("/stations/5").json().get("code").asText());
        assertError(api.get("/deputies/99"), 404, "NOT_FOUND", null);
    }

    @Test
    public void askingForJsonFromAnImageIs406InTheErrorShape() {
        Result r = api.call("GET", "/deputies/12/qr.png", null, Map.of("Accept", "application/json"));
        assertError(r, 406, "NOT_ACCEPTABLE", null);
    }
}
