package org.lianxin.core.internal.stats;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;

import org.junit.Test;
import org.lianxin.api.dto.Kpis;

/** Every rate of {@link Kpis} from counts, on the figures the seeds publish. */
public class KpiFormulasTest {

    @Test
    public void completionRateOfDuji() {
        // 000 Duji: 6507 of 6903 completed
        assertEquals(new BigDecimal("94.26"), KpiFormulas.percent(6507, 6903));
    }

    @Test
    public void aShareOfTongzhou() {
        // 001 Tongzhou: 341 replied, A 286 / B 52 / C 3
        Counts c = new Counts();
        c.raised = 341;
        c.classA = 286;
        c.classB = 52;
        c.classC = 3;
        Kpis k = KpiFormulas.kpis(c);
        assertEquals(341, k.replied());
        assertEquals(new BigDecimal("83.87"), k.aShare());
        assertEquals(new BigDecimal("15.25"), k.bShare());
        assertEquals(new BigDecimal("0.88"), k.cShare());
    }

    @Test
    public void ratesRoundHalfUpToTwoDecimals() {
        assertEquals(new BigDecimal("85.00"), KpiFormulas.percent(4892, 5755)); // 000 Lieshan, 85% solved
        assertEquals(new BigDecimal("81.25"), KpiFormulas.percent(13, 16)); // 000 Lieshan panel low
        assertEquals(new BigDecimal("66.67"), KpiFormulas.percent(2, 3));
        assertEquals(new BigDecimal("100.00"), KpiFormulas.percent(7, 7));
    }

    @Test
    public void noDenominatorNoRate() {
        assertNull(KpiFormulas.percent(0, 0));
        Kpis k = KpiFormulas.kpis(new Counts());
        assertNull(k.completionRate());
        assertNull(k.satisfactionRate());
        assertNull(k.onTimeRate());
        assertNull(k.aShare());
    }

    @Test
    public void satisfactionCountsBasicallySatisfied() {
        Counts c = new Counts();
        c.satisfied = 6;
        c.basicallySatisfied = 2;
        c.unsatisfied = 2;
        Kpis k = KpiFormulas.kpis(c);
        assertEquals(10, k.evaluated());
        assertEquals(new BigDecimal("80.00"), k.satisfactionRate());
    }

    @Test
    public void successAndOnTime() {
        Counts c = new Counts();
        c.raised = 20;
        c.solved = 17;
        c.repliedWithDeadline = 8;
        c.onTime = 6;
        Kpis k = KpiFormulas.kpis(c);
        assertEquals(new BigDecimal("85.00"), k.successRate());
        assertEquals(new BigDecimal("75.00"), k.onTimeRate());
    }

    @Test
    public void everyFigureIsDefined() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        KpiFormulas.DEFINITIONS.forEach(d -> keys.add(d.key()));
        for (String k : new String[] {"raised", "completed", "completionRate", "solved", "successRate", "replied",
                "aShare", "bShare", "cShare", "evaluated", "satisfactionRate", "onTime", "onTimeRate", "overdueOpen",
                "submissionRate"}) {
            assertEquals(k, true, keys.contains(k));
        }
    }
}
