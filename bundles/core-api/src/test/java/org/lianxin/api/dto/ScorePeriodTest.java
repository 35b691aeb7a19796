package org.lianxin.api.dto;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;

import org.junit.Test;
import org.lianxin.api.ValidationException;

public class ScorePeriodTest {

    @Test
    public void aYearRunsJanuaryToJanuary() {
        ScorePeriod p = ScorePeriod.parse(" 2025 ");
        assertEquals(LocalDate.of(2025, 1, 1), p.start());
        assertEquals(LocalDate.of(2026, 1, 1), p.end());
        assertEquals("2025", p.toString());
    }

    @Test
    public void aQuarterRunsFromJanuaryToTheQuarterEnd() {
        assertEquals(LocalDate.of(2025, 4, 1), ScorePeriod.parse("2025Q1").end());
        assertEquals(LocalDate.of(2025, 7, 1), ScorePeriod.parse("2025q2").end());
        assertEquals(LocalDate.of(2026, 1, 1), ScorePeriod.parse("2025Q4").end());
        assertEquals(LocalDate.of(2025, 1, 1), ScorePeriod.parse("2025Q3").start());
        assertEquals("2025Q3", ScorePeriod.parse("2025Q3").toString());
    }

    @Test
    public void malformedPeriodsAreRefusedNamingTheField() {
        for (String bad : new String[] { null, "", "25", "2025-Q1", "2025Q0", "2025Q5", "1999", "2101", "abcd" }) {
            try {
                ScorePeriod.parse(bad);
                fail("accepted " + bad);
            } catch (ValidationException e) {
                assertEquals("period", e.field());
            }
        }
    }

    @Test
    public void gradesFollowTheThresholds() {
        assertEquals(Grade.POOR, Grade.of(new java.math.BigDecimal("0")));
        assertEquals(Grade.AVERAGE, Grade.of(new java.math.BigDecimal("60.0")));
        assertEquals(Grade.GOOD, Grade.of(new java.math.BigDecimal("75")));
        assertEquals(Grade.EXCELLENT, Grade.of(new java.math.BigDecimal("100")));
    }
}
