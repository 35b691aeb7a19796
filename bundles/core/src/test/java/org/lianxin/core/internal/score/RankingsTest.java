package org.lianxin.core.internal.score;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.lianxin.api.dto.RankedScore;

public class RankingsTest {
    private static Rankings.Entry e(long id, String name, int total) {
        return new Rankings.Entry(id, name, 1, null, BigDecimal.valueOf(total));
    }

    @Test
    public void equalTotalsShareARank() {
        List<RankedScore> r = Rankings.rank(List.of(e(1, "甲", 80), e(2, "乙", 92), e(3, "丙", 80), e(4, "丁", 61)),
                new BigDecimal("0.05"));
        assertEquals(List.of(2L, 3L, 1L, 4L), r.stream().map(RankedScore::deputyId).toList());
        assertEquals(List.of(1, 2, 2, 4), r.stream().map(RankedScore::rank).toList());
    }

    @Test
    public void theBottomShareIsFlaggedRoundedUpWithTies() {
        List<Rankings.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            entries.add(e(i, "d" + i, 100 - i));
        }
        List<RankedScore> r = Rankings.rank(entries, new BigDecimal("0.05"));
        assertEquals(2, r.stream().filter(RankedScore::reminder).count()); // 5% of 40
        entries.add(e(41, "d41", 100 - 38)); // ties with the third from the bottom
        r = Rankings.rank(entries, new BigDecimal("0.05"));
        assertEquals(4, r.stream().filter(RankedScore::reminder).count()); // ceil(2.05)=3, plus the tie
        assertEquals(1, Rankings.reminders(3, new BigDecimal("0.05")));
        assertEquals(0, Rankings.reminders(0, new BigDecimal("0.05")));
        assertEquals(0, Rankings.reminders(10, BigDecimal.ZERO));
    }
}
