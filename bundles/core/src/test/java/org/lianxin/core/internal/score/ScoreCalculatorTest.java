package org.lianxin.core.internal.score;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.Grade;
import org.lianxin.api.dto.ItemScore;
import org.lianxin.api.dto.ScoringBasis;
import org.lianxin.api.dto.ScoringItem;
import org.lianxin.api.dto.ScoringTable;

/** Every rule of an item, and the grades, on the default table. */
public class ScoreCalculatorTest {
    private static final ScoringTable DEFAULT = new ScoringTables(null).forRegions(List.of());

    private static ScoringItem item(ScoringBasis basis, String points, int cap, int min, Map<String, Integer> weights,
            DutyKind... kinds) {
        return new ScoringItem("k", "项", basis, List.of(kinds), new BigDecimal(points), cap, min, weights);
    }

    @Test
    public void recordsGivePointsPerRecordUpToTheCap() {
        ScoringItem visits = item(ScoringBasis.RECORDS, "1", 4, 1, Map.of(), DutyKind.VISIT);
        ScoreInputs in = new ScoreInputs();
        in.record(DutyKind.VISIT, "duty:1", null).record(DutyKind.VISIT, "duty:2", null);
        ItemScore s = ScoreCalculator.item("c", visits, in);
        assertEquals(2, s.units());
        assertEquals(0, new BigDecimal("2").compareTo(s.points()));
        assertFalse(s.capped());
        assertEquals(List.of("duty:1", "duty:2"), s.evidence());
        for (int i = 3; i <= 6; i++) {
            in.record(DutyKind.VISIT, "duty:" + i, null);
        }
        s = ScoreCalculator.item("c", visits, in);
        assertEquals(0, new BigDecimal("4").compareTo(s.points()));
        assertTrue(s.capped());
        assertEquals(6, s.evidence().size());
    }

    @Test
    public void halfPointsAddUp() {
        ScoringItem reception = item(ScoringBasis.RECORDS, "0.5", 4, 1, Map.of(), DutyKind.RECEPTION);
        ScoreInputs in = new ScoreInputs();
        for (int i = 0; i < 5; i++) {
            in.record(DutyKind.RECEPTION, "duty:" + i, null);
        }
        assertEquals(0, new BigDecimal("2.5").compareTo(ScoreCalculator.item("c", reception, in).points()));
    }

    @Test
    public void anOralReportWeighsFourTimesAWrittenOne() {
        ScoringItem report = DEFAULT.categories().get(2).items().get(3);
        assertEquals("report_to_voters", report.key());
        ScoreInputs oral = new ScoreInputs().record(DutyKind.REPORT_TO_VOTERS, "duty:1", "ORAL");
        ScoreInputs written = new ScoreInputs().record(DutyKind.REPORT_TO_VOTERS, "duty:2", "WRITTEN");
        BigDecimal o = ScoreCalculator.item("c", report, oral).points();
        BigDecimal w = ScoreCalculator.item("c", report, written).points();
        assertEquals(0, w.multiply(BigDecimal.valueOf(4)).compareTo(o));
        assertEquals(List.of("duty:1 ×4"), ScoreCalculator.item("c", report, oral).evidence());
    }

    @Test
    public void presenceGivesTheWholeCapFromTheMinimumOn() {
        ScoringItem days = item(ScoringBasis.PRESENCE, "4", 4, 12, Map.of(), DutyKind.RECEPTION);
        ScoreInputs in = new ScoreInputs();
        for (int i = 0; i < 11; i++) {
            in.record(DutyKind.RECEPTION, "duty:" + i, null);
        }
        assertEquals(0, ScoreCalculator.item("c", days, in).points().signum());
        in.record(DutyKind.RECEPTION, "duty:12", null);
        assertEquals(0, BigDecimal.valueOf(4).compareTo(ScoreCalculator.item("c", days, in).points()));
    }

    @Test
    public void suggestionsLedAdoptedAndSatisfied() {
        ScoreInputs in = new ScoreInputs();
        in.led.addAll(List.of("suggestion:1", "suggestion:2", "suggestion:3"));
        in.adopted.add("suggestion:1 A");
        in.satisfied.addAll(List.of("suggestion:1 SATISFIED", "suggestion:2 BASICALLY_SATISFIED"));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(
                ScoreCalculator.item("c", item(ScoringBasis.SUGGESTIONS_LED, "1", 2, 1, Map.of()), in).points()));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(
                ScoreCalculator.item("c", item(ScoringBasis.SUGGESTIONS_ADOPTED, "2", 6, 1, Map.of()), in).points()));
        assertEquals(0, BigDecimal.valueOf(4).compareTo(
                ScoreCalculator.item("c", item(ScoringBasis.SUGGESTIONS_SATISFIED, "2", 6, 1, Map.of()), in).points()));
    }

    @Test
    public void reportApprovalNeedsTheThreshold() {
        ScoringItem approval = item(ScoringBasis.REPORT_APPROVAL, "3", 3, 80, Map.of());
        ScoreInputs in = new ScoreInputs();
        in.reports.add(new ScoreInputs.Report("report:1 ORAL", new BigDecimal("79.99")));
        assertEquals(0, ScoreCalculator.item("c", approval, in).points().signum());
        in.reports.add(new ScoreInputs.Report("report:2 ORAL", new BigDecimal("80.00")));
        ItemScore s = ScoreCalculator.item("c", approval, in);
        assertEquals(0, BigDecimal.valueOf(3).compareTo(s.points()));
        assertEquals(List.of("report:2 ORAL 80%"), s.evidence());
    }

    @Test
    public void fullAttendanceIsAverageProposalsGoodResultsExcellent() {
        ScoreInputs in = new ScoreInputs();
        add(in, DutyKind.SESSION, 1);
        add(in, DutyKind.STANDING_COMMITTEE, 1);
        add(in, DutyKind.GROUP_ACTIVITY, 6);
        add(in, DutyKind.INSPECTION, 3);
        add(in, DutyKind.TRAINING, 2);
        add(in, DutyKind.PUBLIC_SERVICE, 4);
        add(in, DutyKind.RECEPTION, 12);
        add(in, DutyKind.VISIT, 4);
        in.record(DutyKind.REPORT_TO_VOTERS, "duty:r", "ORAL");
        ScoreCalculator.Result attendance = ScoreCalculator.score(DEFAULT, in);
        assertEquals(0, BigDecimal.valueOf(60).compareTo(attendance.total()));
        assertEquals(Grade.AVERAGE, Grade.of(attendance.total()));

        add(in, DutyKind.SUGGESTION_RAISED, 3);
        in.led.addAll(List.of("s:1", "s:2"));
        add(in, DutyKind.RESEARCH_REPORT, 2);
        add(in, DutyKind.INVESTMENT_LEAD, 2);
        add(in, DutyKind.MEETING_OFFICIALS, 2);
        ScoreCalculator.Result proposals = ScoreCalculator.score(DEFAULT, in);
        assertEquals(0, BigDecimal.valueOf(75).compareTo(proposals.total()));
        assertEquals(Grade.GOOD, Grade.of(proposals.total()));

        add(in, DutyKind.PROBLEM_RESOLVED, 4);
        in.adopted.addAll(List.of("s:1 A", "s:2 A"));
        in.satisfied.addAll(List.of("s:1 SATISFIED", "s:2 SATISFIED"));
        ScoreCalculator.Result results = ScoreCalculator.score(DEFAULT, in);
        assertEquals(0, BigDecimal.valueOf(91).compareTo(results.total()));
        assertEquals(Grade.EXCELLENT, Grade.of(results.total()));
        assertEquals(5, results.categories().size());
        assertEquals(21, results.items().size());
    }

    @Test
    public void gradeBoundaries() {
        assertEquals(Grade.POOR, Grade.of(new BigDecimal("59.5")));
        assertEquals(Grade.AVERAGE, Grade.of(new BigDecimal("60")));
        assertEquals(Grade.AVERAGE, Grade.of(new BigDecimal("74.5")));
        assertEquals(Grade.GOOD, Grade.of(new BigDecimal("75")));
        assertEquals(Grade.GOOD, Grade.of(new BigDecimal("89.5")));
        assertEquals(Grade.EXCELLENT, Grade.of(new BigDecimal("90")));
        assertEquals("优秀", Grade.EXCELLENT.zh());
    }

    private static void add(ScoreInputs in, DutyKind kind, int n) {
        for (int i = 0; i < n; i++) {
            in.record(kind, "duty:" + kind + i, null);
        }
    }
}
