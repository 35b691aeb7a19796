package org.lianxin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/** Boot, health, OpenAPI, the demo data of the seeds, and the console, against the running distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlatformIT extends TestSupport {
    private static final String[] STATES = { "PRE_SUBMITTED", "PRE_CHECKED", "REGISTERED", "RETURNED", "MERGED",
        "TOWNSHIP_REVIEW", "ROUTED", "PRE_ASSIGNED", "ASSIGNED", "HANDLING", "REPLIED", "SUPERVISED",
        "EXPLANATION_REQUIRED", "COMPLETED", "EXPLAINED", "CLOSED" };

    private Http http() throws Exception {
        Http http = adminHttp();
        assertTrue("REST up", Http.await(Duration.ofSeconds(60), () -> http.get("/health").status() == 200));
        return http;
    }

    /** Waits for the demo loader, which runs in the background on first start. */
    private long demoCity(Http http) throws Exception {
        // core registers DemoData once the whole demo is in; before it, some of it may still be loading
        assertTrue("demo data loaded", Http.await(Duration.ofSeconds(90),
                () -> context.getServiceReference("org.lianxin.api.DemoData") != null));
        assertTrue("demo data readable", Http.await(Duration.ofSeconds(30), () -> {
            JsonNode sample = http.get("/suggestions?q=" + java.net.URLEncoder.encode("古饶镇自然庄修建公厕", "UTF-8"))
                    .body();
            return sample != null && sample.path("total").asInt() > 0
                    && http.get("/regions/code/XS-DS").status() == 200
                    && http.get("/suggestions?state=EXPLAINED").body().path("total").asInt() > 0;
        }));
        return http.get("/regions/code/HB").body().get("id").asLong();
    }

    @Test
    public void healthOpenApiAndPractices() throws Exception {
        Http http = http();
        JsonNode health = http.get("/health").body();
        assertEquals("UP", health.get("status").asText());
        assertEquals("UP", health.get("database").asText());
        JsonNode openapi = http.get("/openapi.json").body();
        assertTrue(openapi.get("openapi").asText().startsWith("3."));
        JsonNode paths = openapi.get("paths");
        for (String p : new String[] { "/health", "/regions", "/deputies", "/groups", "/stations", "/units",
            "/suggestions", "/suggestions/{id}/assign", "/suggestions/{id}/evaluate", "/suggestions/{id}/events",
            "/practices", "/opinions" }) {
            assertTrue("openapi documents " + p, paths.has(p));
        }
        Http.Response practices = http.get("/practices");
        assertEquals(200, practices.status());
        assertTrue(practices.body().isArray());
    }

    @Test
    public void demoDataHasHuaibeiTheRealCasesAndEveryState() throws Exception {
        Http http = http();
        long city = demoCity(http);
        JsonNode districts = http.get("/regions?parentId=" + city).body();
        Set<String> names = new HashSet<>();
        districts.get("items").forEach(r -> names.add(r.get("name").asText()));
        assertTrue(names.toString(), names.containsAll(Set.of("杜集区", "烈山区", "相山区")));
        for (String state : STATES) {
            JsonNode page = http.get("/suggestions?regionId=" + city + "&state=" + state).body();
            assertTrue("a demo suggestion in " + state, page.get("total").asInt() > 0);
        }
        JsonNode road = http.get("/suggestions?q=" + java.net.URLEncoder.encode("六村村内道路", "UTF-8")).body()
                .get("items").get(0);
        assertEquals("CLOSED", road.get("state").asText());
        assertEquals("A", road.get("resultClass").asText());
        assertEquals(2, road.get("deputyIds").size());
        JsonNode sewage = http.get("/suggestions?q=" + java.net.URLEncoder.encode("丰山街污水管", "UTF-8")).body()
                .get("items").get(0);
        assertTrue(sewage.get("replyText").asText().contains("2250"));
        JsonNode toilets = http.get("/suggestions?q=" + java.net.URLEncoder.encode("自然庄修建公厕", "UTF-8")).body()
                .get("items").get(0);
        assertTrue(toilets.get("lookBack").asBoolean());
        assertEquals(1, toilets.get("opinionIds").size());
        JsonNode deputies = http.get("/deputies?regionId=" + city + "&limit=100").body();
        assertTrue(deputies.get("total").asInt() >= 10);
        Set<String> levels = new HashSet<>();
        deputies.get("items").forEach(d -> d.get("seats").forEach(s -> levels.add(s.get("level").asText())));
        assertEquals(5, levels.size());
        assertTrue(http.get("/suggestions?regionId=" + city + "&overdue=true").body().get("total").asInt() > 0);
    }

    @Test
    public void consoleListsShowsAndActs() throws Exception {
        Http http = http();
        demoCity(http);
        String deputies = console("deputy:list --limit 100");
        assertTrue(deputies, deputies.contains("王建国"));
        String units = console("unit:list");
        assertTrue(units, units.contains("矿山集街道办事处"));
        assertTrue(console("practice:list"), !console("practice:list").contains("ERROR"));
        String overdue = console("suggestion:overdue");
        assertTrue(overdue, overdue.contains("烈山区"));

        Fixture f = new Fixture(http);
        long id = f.register("控制台交办测试").get("id").asLong();
        f.act(id, "group-pass", null);
        f.act(id, "route", Http.map("tier", "COUNTY"));
        String assign = console("suggestion:assign " + id + " " + f.countyUnit);
        assertEquals(assign, "ASSIGNED", http.get("/suggestions/" + id).body().get("state").asText());
        String supervise = console("suggestion:supervise --leader 常委会副主任 --reason 群众关注 " + id);
        assertEquals(supervise, "SUPERVISED", http.get("/suggestions/" + id).body().get("state").asText());
        String refused = console("suggestion:close " + id);
        assertTrue(refused, refused.contains("SUPERVISED"));
        String shown = console("suggestion:show " + id);
        assertTrue(shown, shown.contains("控制台交办测试") && shown.contains("SUPERVISE"));
        String list = console("suggestion:list --region " + f.prefix + "Q");
        assertTrue(list, list.contains("控制台交办测试"));
        assertFalse(list, list.contains("Exception"));
        f.act(id, "reply", Http.map("resultClass", "A", "text", "已解决"));
        f.act(id, "evaluate", Http.map("rating", "SATISFIED", "channel", "ONLINE", "comment", null));
        console("suggestion:close " + id);
        assertEquals("CLOSED", http.get("/suggestions/" + id).body().get("state").asText());
    }
}
