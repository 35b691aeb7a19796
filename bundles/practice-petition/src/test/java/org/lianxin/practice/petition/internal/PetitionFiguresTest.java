package org.lianxin.practice.petition.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;
import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.practice.petition.internal.model.PetitionStats;

public class PetitionFiguresTest {

    @Test
    public void resolutionRateIsOverTheConcludedAndSatisfactionOverTheFollowUps() {
        // 7 taken on; 3 resolved and 1 unresolved concluded (closed ones included); 3 follow-ups, 1 satisfied
        PetitionStats s = PetitionFigures.stats(7, 4, 1, 3, 1, 3, 1, 3, 2);
        assertEquals(4, s.concluded());
        assertEquals(new BigDecimal("75.00"), s.resolutionRate());
        assertEquals(new BigDecimal("33.33"), s.satisfiedShare());
    }

    @Test
    public void theSeedsResolutionRate() {
        // 000 Lieshan: 5755 collected, 85% solved (4892 of 5755)
        assertEquals(new BigDecimal("85.00"), PetitionFigures.percent(4892, 5755));
        assertEquals(new BigDecimal("66.67"), PetitionFigures.percent(2, 3));
    }

    @Test
    public void nothingToDivideByGivesNoRate() {
        PetitionStats s = PetitionFigures.stats(2, 2, 0, 0, 0, 0, 0, 0, 0);
        assertNull(s.resolutionRate());
        assertNull(s.satisfiedShare());
    }

    @Test
    public void theFiguresCoreShows() {
        List<PracticeFigure> f = PetitionFigures.figures(PetitionFigures.stats(6, 3, 1, 2, 1, 2, 1, 2, 1));
        assertEquals(List.of("petitions", "resolved", "resolutionRate", "openHighRisk", "suggestions",
                "satisfiedShare"), f.stream().map(PracticeFigure::key).toList());
        assertEquals(new BigDecimal("66.67"), f.get(2).value());
        assertEquals("%", f.get(2).unit());
        assertEquals(BigDecimal.valueOf(6), f.get(0).value());
        assertEquals(new BigDecimal("50.00"), f.get(5).value());
    }
}
