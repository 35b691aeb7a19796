package org.lianxin.practice.litigation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.practice.litigation.internal.model.LitigationStats;

public class LitigationFiguresTest {

    @Test
    public void theFiguresCoreShows() {
        LitigationStats s = new LitigationStats(2, 2, 2, 1, 1, 1, 0, new BigDecimal("436500.00"), 1, 1, 0, 1);
        List<PracticeFigure> f = LitigationFigures.figures(s);
        assertEquals(List.of("cluesTransferred", "accepted", "preLitigationSuggestions", "rectified",
                "litigationCases", "amountRecovered", "procuratorialConverted", "outboxFailed"),
                f.stream().map(PracticeFigure::key).toList());
        assertEquals(new BigDecimal("436500.00"), f.get(5).value());
        assertEquals("元", f.get(5).unit());
        assertEquals(BigDecimal.ONE, f.get(7).value());
    }

    @Test
    public void noAmountIsZeroYuan() {
        assertEquals(new BigDecimal("0.00"), LitigationFigures.amount(null));
    }

    @Test
    public void amountsAreYuanWithAtMostTwoDecimals() {
        assertEquals(new BigDecimal("436500.00"), Clues.amount(new BigDecimal("436500")));
        for (String bad : new String[] {"-1", "0.001", "1000000000000"}) {
            try {
                Clues.amount(new BigDecimal(bad));
                fail(bad);
            } catch (ValidationException expected) {
                // 400
            }
        }
    }
}
