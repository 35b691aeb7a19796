package org.lianxin.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Duty records → scores → ranking → exports over REST, with the produced xlsx opened and read; statistics of a
 * fixture region; QR codes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ScoresIT extends TestSupport {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Http http() throws Exception {
        Http http = adminHttp();
        assertTrue("REST up", Http.await(Duration.ofSeconds(60), () -> http.get("/health").status() == 200));
        return http;
    }

    private static void approved(Http http, Fixture f, long deputy, String kind, LocalDate day) throws Exception {
        long id = f.create("/duties", Http.map("deputyId", deputy, "kind", kind, "date", day.toString(), "place",
                "测试镇", "evidence", "签到表"));
        assertEquals(200, http.post("/duties/" + id + "/approve", Http.map("note", "核实")).status());
    }

    @Test
    public void recordsMakeScoresRankingsAndSpreadsheets() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        LocalDate day = LocalDate.now().minusDays(1);
        String year = Integer.toString(day.getYear());
        approved(http, f, f.deputy, "SESSION", day);
        approved(http, f, f.deputy, "STANDING_COMMITTEE", day);
        approved(http, f, f.deputy, "VISIT", day);
        approved(http, f, f.deputy, "VISIT", day);
        approved(http, f, f.deputy2, "VISIT", day);
        // a pending record counts for nothing until it is approved
        f.create("/duties", Http.map("deputyId", f.deputy2, "kind", "SESSION", "date", day.toString(), "evidence", "x"));

        // an oral report to voters, rated by 100 voters: weighs four times a written one
        long report = f.create("/voter-reports", Http.map("deputyId", f.deputy, "form", "ORAL", "scheduledOn",
                day.toString(), "place", "第一选区", "stationId", null));
        assertEquals(409, http.post("/voter-reports", Http.map("deputyId", f.deputy, "form", "WRITTEN",
                "scheduledOn", day.toString())).status()); // once per term
        assertEquals(409, http.post("/voter-reports/" + report + "/ratings", Http.map("satisfied", 1,
                "basicallySatisfied", 0, "unsatisfied", 0)).status()); // not held yet
        JsonNode held = http.post("/voter-reports/" + report + "/hold", Http.map("heldOn", day.toString(),
                "votersPresent", 100, "summary", "述职")).body();
        assertEquals("HELD", held.get("status").asText());
        JsonNode rated = http.post("/voter-reports/" + report + "/ratings", Http.map("satisfied", 80,
                "basicallySatisfied", 10, "unsatisfied", 10)).body();
        assertEquals(90.0, rated.get("approval").asDouble(), 0.001);
        JsonNode listed = http.get("/voter-reports?regionId=" + f.county).body();
        assertEquals(listed.toString(), 1, listed.get("total").asInt());
        assertEquals("张代表", listed.get("items").get(0).get("deputyName").asText());
        // deputy2 is directly elected and has no report this term
        JsonNode due = http.get("/voter-reports/due?regionId=" + f.county).body();
        assertEquals(due.toString(), 1, due.get("total").asInt());
        assertEquals(f.deputy2, due.get("items").get(0).get("id").asLong());

        JsonNode score = http.get("/scores/deputies/" + f.deputy + "?period=" + year).body();
        assertEquals(score.toString(), 21, score.get("items").size());
        double sum = 0;
        for (JsonNode item : score.get("items")) {
            sum += item.get("points").asDouble();
        }
        assertEquals(sum, score.get("total").asDouble(), 0.001);
        assertEquals(10, item(score, "session").get("points").asInt());
        assertEquals(4, item(score, "standing_committee").get("points").asInt());
        assertEquals(2, item(score, "visit").get("points").asInt());
        JsonNode oral = item(score, "report_to_voters");
        assertEquals(8, oral.get("points").asInt());
        assertTrue(oral.toString(), oral.get("evidence").get(0).asText().endsWith("×4"));
        assertEquals(3, item(score, "voter_approval").get("points").asInt());
        assertEquals(27, score.get("total").asInt());
        assertEquals("POOR", score.get("grade").asText());

        JsonNode ranking = http.get("/scores/rankings?regionId=" + f.county + "&period=" + year).body();
        JsonNode lines = ranking.get("lines").get("items");
        assertEquals(ranking.toString(), 2, lines.size());
        assertEquals(f.deputy, lines.get(0).get("deputyId").asLong());
        assertEquals(f.deputy2, lines.get(1).get("deputyId").asLong());
        assertTrue(lines.get(1).get("reminder").asBoolean());
        assertEquals(1, ranking.get("reminders").asInt());

        Http.Download xlsx = http.download("/exports/scores?regionId=" + f.county + "&period=" + year);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType(), xlsx.contentType().startsWith(XLSX));
        assertTrue(xlsx.disposition(), xlsx.disposition().contains(".xlsx"));
        List<List<String>> rows = XlsxSheet.firstSheet(xlsx.bytes());
        assertEquals(rows.toString(), 3, rows.size());
        assertEquals(List.of("名次", "代表编号", "姓名", "所在地区", "积分", "考核等次", "提醒谈话"), rows.get(0));
        assertEquals("张代表", rows.get(1).get(2));
        assertEquals(27.0, Double.parseDouble(rows.get(1).get(4)), 0.001);
        assertEquals("较差", rows.get(1).get(5));
        assertEquals("李代表", rows.get(2).get(2));
        assertEquals("是", rows.get(2).get(6));

        Http.Download csv = http.download("/exports/scores?regionId=" + f.county + "&period=" + year
                + "&format=csv&header=key");
        assertEquals(200, csv.status());
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(csv.bytes(), 3));
        String text = new String(csv.bytes(), 3, csv.bytes().length - 3, StandardCharsets.UTF_8);
        assertTrue(text, text.startsWith("rank,deputyId,name,region,total,grade,reminder\r\n"));
        assertTrue(text, text.contains("张代表"));

        assertEquals(400, http.get("/exports/scores?regionId=" + f.county + "&format=pdf").status());
        assertEquals(400, http.get("/exports/scores?regionId=" + f.county + "&header=both").status());
        assertEquals(400, http.get("/exports/scores?period=" + year).status());
        assertEquals(400, http.get("/scores/deputies/" + f.deputy + "?period=2025Q5").status());
        assertEquals(404, http.get("/scores/deputies/987654321").status());
    }

    @Test
    public void statisticsAndTheLedgerExportOfARegion() throws Exception {
        Http http = http();
        Fixture f = new Fixture(http);
        long done = f.assigned("关于整修村道的建议").get("id").asLong();
        f.act(done, "accept", null);
        f.act(done, "reply", Http.map("resultClass", "A", "text", "已整修"));
        f.act(done, "evaluate", Http.map("rating", "SATISFIED", "channel", "ONLINE", "comment", null));
        f.assigned("关于增设路灯的建议");

        JsonNode t = http.get("/stats/suggestions?regionId=" + f.county + "&by=REGION").body();
        JsonNode total = t.get("total");
        assertEquals(t.toString(), 2, total.get("raised").asInt());
        assertEquals(1, total.get("completed").asInt());
        assertEquals(50.0, total.get("completionRate").asDouble(), 0.001);
        assertEquals(100.0, total.get("aShare").asDouble(), 0.001);
        assertEquals(100.0, total.get("satisfactionRate").asDouble(), 0.001);
        assertEquals(1, t.get("rows").size()); // the township, rolled up into the county's child
        assertEquals(2, http.get("/stats/suggestions?regionId=" + f.city + "&by=LEVEL").body().get("total")
                .get("raised").asInt());
        assertEquals(50.0, http.get("/stats/submission?regionId=" + f.county).body().get("rate").asDouble(), 0.001);
        assertTrue(http.get("/stats/definitions").body().size() >= 15);
        assertEquals(400, http.get("/stats/suggestions?regionId=" + f.county + "&by=WEEK").status());

        Http.Download ledger = http.download("/exports/ledger?regionId=" + f.county);
        assertEquals(200, ledger.status());
        List<List<String>> rows = XlsxSheet.firstSheet(ledger.bytes());
        assertEquals(3, rows.size());
        assertEquals("编号", rows.get(0).get(0));
        assertTrue(rows.toString(), rows.toString().contains("关于整修村道的建议"));
        assertTrue(rows.toString(), rows.toString().contains("已办结"));
        Http.Download stats = http.download("/exports/statistics?regionId=" + f.county + "&format=csv");
        String csv = new String(stats.bytes(), StandardCharsets.UTF_8);
        assertTrue(csv, csv.contains("合计") && csv.contains("50.00"));

        Http.Download qr = http.download("/deputies/" + f.deputy + "/qr.png");
        assertEquals(200, qr.status());
        assertEquals("image/png", qr.contentType());
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(qr.bytes(), 4));
    }

    private static JsonNode item(JsonNode score, String key) {
        for (JsonNode i : score.get("items")) {
            if (i.get("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no item " + key);
    }
}
