package org.lianxin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/** Duty registers over REST: records written from events, manual entries and review, corrections (错重漏). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DutyIT extends TestSupport {

    private Http http() throws Exception {
        Http http = adminHttp();
        assertTrue("REST up", Http.await(Duration.ofSeconds(60), () -> http.get("/health").status() == 200));
        return http;
    }

    private static List<String> kinds(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(r -> out.add(r.get("kind").asText()));
        return out;
    }

    @Test
    public void whatTheSystemKnowsIsRecordedOnceWithoutTyping() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        long station = f.create("/stations", Http.map("code", f.prefix + "S", "name", "测试镇代表联络站", "kind",
                "STATION", "regionId", f.township, "address", "镇政府一楼", "grid", null));
        // two opinions taken at the station on one reception day: one reception record
        for (String text : new String[] { "路灯不亮", "垃圾清运不及时" }) {
            assertEquals(201, http.post("/opinions", Http.map("source", "STATION", "regionId", f.township,
                    "stationId", station, "deputyId", f.deputy, "content", text)).status());
        }
        // a suggestion raised and solved with an A-class reply the deputy accepted
        long id = f.assigned("关于修复村道的建议").get("id").asLong();
        f.act(id, "accept", null);
        f.act(id, "reply", Http.map("resultClass", "A", "text", "已修复"));
        f.act(id, "evaluate", Http.map("rating", "SATISFIED", "channel", "ONLINE", "comment", null));

        JsonNode mine = http.get("/duties?deputyId=" + f.deputy + "&source=AUTOMATIC").body();
        assertEquals(mine.toString(), 3, mine.get("total").asInt());
        assertEquals(List.of("RECEPTION", "SUGGESTION_RAISED", "PROBLEM_RESOLVED").stream().sorted().toList(),
                kinds(mine).stream().sorted().toList());
        mine.get("items").forEach(r -> assertEquals("APPROVED", r.get("status").asText()));
        // the county sees its townships' records
        assertEquals(3, http.get("/duties?regionId=" + f.county).body().get("total").asInt());
        assertEquals(14, http.get("/duties/kinds").body().size());
    }

    @Test
    public void manualEntriesAreReviewedAndCorrectionsAreTrackedAndApplied() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        String day = LocalDate.now().minusDays(3).toString();
        long visit = f.create("/duties", Http.map("deputyId", f.deputy, "kind", "VISIT", "date", day, "place",
                "测试镇三村", "participants", "村民代表5人", "evidence", "走访记录及照片"));
        assertEquals("PENDING", http.get("/duties/" + visit).body().get("status").asText());
        assertEquals("APPROVED", http.post("/duties/" + visit + "/approve", Http.map("note", "材料齐全")).body()
                .get("status").asText());
        Http.Response again = http.post("/duties/" + visit + "/reject", Http.map("reason", "晚了"));
        assertEquals(again.text(), 409, again.status());

        long training = f.create("/duties", Http.map("deputyId", f.deputy, "kind", "TRAINING", "date", day,
                "evidence", "培训签到表"));
        assertEquals("REJECTED", http.post("/duties/" + training + "/reject", Http.map("reason", "无签到原件"))
                .body().get("status").asText());

        // bad input is refused and writes nothing
        long before = http.get("/duties?deputyId=" + f.deputy).body().get("total").asLong();
        assertEquals(400, http.post("/duties", Http.map("deputyId", f.deputy, "kind", "VISIT", "date",
                // the platform's tomorrow: its clock keeps China's date, a day ahead of UTC's after 16:00 UTC
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString(), "evidence", "x")).status());
        assertEquals(400, http.post("/duties", Http.map("deputyId", f.deputy, "kind", "NOPE", "date", day,
                "evidence", "x")).status());
        assertEquals(400, http.post("/duties", Http.map("deputyId", 987654321, "kind", "VISIT", "date", day,
                "evidence", "x")).status());
        assertEquals(400, http.post("/duties", Http.map("deputyId", f.deputy, "kind", "VISIT", "date", day)).status());
        assertEquals(before, http.get("/duties?deputyId=" + f.deputy).body().get("total").asLong());

        // 重: the visit was counted twice → voided when accepted
        long dup = f.create("/duties/corrections", Http.map("deputyId", f.deputy, "kind", "DUPLICATE", "recordId",
                visit, "description", "与上周走访重复登记"));
        assertEquals(409, http.post("/duties/corrections", Http.map("deputyId", f.deputy, "kind", "DUPLICATE",
                "recordId", visit, "description", "再次申请")).status());
        JsonNode accepted = http.post("/duties/corrections/" + dup + "/accept", Http.map("note", "核实属实")).body();
        assertEquals("ACCEPTED", accepted.get("status").asText());
        assertEquals("VOIDED", http.get("/duties/" + visit).body().get("status").asText());

        // 漏: a session attended but not recorded → written, approved
        long omission = f.create("/duties/corrections", Http.map("deputyId", f.deputy, "kind", "OMISSION",
                "description", "漏记出席区人代会", "proposed", Http.map("kind", "SESSION", "date", day,
                        "place", "区人民会堂", "evidence", "大会签到记录")));
        JsonNode added = http.post("/duties/corrections/" + omission + "/accept", null).body();
        JsonNode written = http.get("/duties/" + added.get("resultRecordId").asLong()).body();
        assertEquals("SESSION", written.get("kind").asText());
        assertEquals("APPROVED", written.get("status").asText());

        // 错 rejected: the record stays as it was
        long error = f.create("/duties/corrections", Http.map("deputyId", f.deputy, "kind", "ERROR", "recordId",
                written.get("id").asLong(), "description", "地点有误", "proposed", Http.map("kind", "SESSION",
                        "date", day, "place", "市人民会堂", "evidence", "大会签到记录")));
        assertEquals("REJECTED", http.post("/duties/corrections/" + error + "/reject",
                Http.map("reason", "地点无误")).body().get("status").asText());
        assertEquals("区人民会堂", http.get("/duties/" + written.get("id").asLong()).body().get("place").asText());
        assertEquals(409, http.post("/duties/corrections/" + error + "/accept", null).status());
        assertEquals(3, http.get("/duties/corrections?deputyId=" + f.deputy).body().get("total").asInt());
    }
}
