package org.lianxin.itests;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A small region tree of its own for one test, created over REST: city → county → township, units at county
 * and township level, two deputies. Codes are unique per fixture so tests never see each other's data.
 */
final class Fixture {
    private static final AtomicInteger SEQ = new AtomicInteger();

    final Http http;
    final String prefix;
    final long city;
    final long county;
    final long township;
    final long countyUnit;
    final long countyCoUnit;
    final long townshipUnit;
    final long deputy;
    final long deputy2;

    Fixture(Http http) throws Exception {
        this.http = http;
        this.prefix = "T" + (System.nanoTime() % 100000) + "X" + SEQ.incrementAndGet();
        city = create("/regions", Http.map("code", prefix + "C", "name", "测试市", "level", "CITY", "parentId", null));
        county = create("/regions", Http.map("code", prefix + "Q", "name", "测试区", "level", "COUNTY", "parentId", city));
        township = create("/regions", Http.map("code", prefix + "Z", "name", "测试镇", "level", "TOWNSHIP",
                "parentId", county));
        countyUnit = create("/units", Http.map("code", prefix + "U1", "name", "区住建局", "regionId", county));
        countyCoUnit = create("/units", Http.map("code", prefix + "U2", "name", "区交通局", "regionId", county));
        townshipUnit = create("/units", Http.map("code", prefix + "U3", "name", "镇政府", "regionId", township));
        deputy = create("/deputies", deputyBody("张代表"));
        deputy2 = create("/deputies", deputyBody("李代表"));
    }

    private Object deputyBody(String name) {
        return Http.map("name", name, "gender", "男", "regionId", township, "groupId", null, "specialty", "教育",
                "term", "2021-2026", "status", "ACTIVE", "phone", "13800000000", "constituency", "第一选区",
                "directlyElected", true, "seats", List.of(Http.map("level", "COUNTY", "regionId", county, "term", "本届"),
                        Http.map("level", "TOWNSHIP", "regionId", township, "term", "本届")),
                "stationIds", List.of());
    }

    long create(String path, Object body) throws Exception {
        Http.Response r = http.post(path, body);
        assertEquals(path + ": " + r.text(), 201, r.status());
        return r.body().get("id").asLong();
    }

    /** Registers an inter-session opinion of one deputy in the township. */
    JsonNode register(String title) throws Exception {
        Http.Response r = http.post("/suggestions", Http.map("kind", "INTER_SESSION_OPINION", "regionId", township,
                "category", "INFRASTRUCTURE", "title", title, "content", title + "，请尽快办理。", "deputyIds",
                List.of(deputy), "stationId", null, "opinionIds", List.of()));
        assertEquals(r.text(), 201, r.status());
        return r.body();
    }

    /** Runs a lifecycle action and expects it to succeed. */
    JsonNode act(long id, String action, Object body) throws Exception {
        Http.Response r = http.post("/suggestions/" + id + "/" + action, body);
        assertEquals(action + ": " + r.text(), 200, r.status());
        return r.body();
    }

    /** Registered, passed, routed to the county and assigned to the county unit. */
    JsonNode assigned(String title) throws Exception {
        long id = register(title).get("id").asLong();
        act(id, "group-pass", null);
        act(id, "route", Http.map("tier", "COUNTY"));
        return act(id, "assign", Http.map("leadUnitId", countyUnit, "coUnitIds", List.of()));
    }
}
