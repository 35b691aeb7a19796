package org.lianxin.practice.studio.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.ResultClass;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.practice.studio.internal.jpa.StudioEventEntity;
import org.lianxin.practice.studio.internal.model.OpinionOutcome;
import org.lianxin.practice.studio.internal.model.StudioStats;

public class StudioRulesTest {

    private static Suggestion suggestion(SuggestionState state, ResultClass result, boolean solved) {
        return new Suggestion(1, "LS-2026-000001", SuggestionKind.INTER_SESSION_OPINION, Category.AGRICULTURE, "t",
                "c", state, 9, 9, null, List.of(1L), null, List.of(5L), null, List.of(), null, List.of(), null, null,
                false, null, null, result, "r", Instant.now(), null, 1, false, false, null, result == ResultClass.B,
                solved, null, Instant.now(), Instant.now(), null);
    }

    @Test
    public void anOpinionIsImplementedWhenItsSuggestionIsSolved() {
        assertEquals(OpinionOutcome.IMPLEMENTED, OpinionFollower.outcome(suggestion(SuggestionState.COMPLETED, ResultClass.A, false)));
        assertEquals(OpinionOutcome.IMPLEMENTED, OpinionFollower.outcome(suggestion(SuggestionState.CLOSED, ResultClass.B, true)));
        assertEquals(OpinionOutcome.PENDING, OpinionFollower.outcome(suggestion(SuggestionState.COMPLETED, ResultClass.B, false)));
        assertEquals(OpinionOutcome.NOT_IMPLEMENTED, OpinionFollower.outcome(suggestion(SuggestionState.COMPLETED, ResultClass.C, false)));
    }

    @Test
    public void theSeedsImplementedShareIsPublishedAsAFigure() {
        // 41 of 50 collected opinions implemented: the seed's 82%
        StudioStats stats = new StudioStats(2, 1, 6, 6, 5, 50, 41, new BigDecimal("82.00"), 2, 21, 105, 7000);
        List<PracticeFigure> figures = StudioFigures.figures(stats);
        PracticeFigure share = figures.stream().filter(f -> f.key().equals("implementedShare")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("82.00"), share.value());
        assertEquals("%", share.unit());
        assertEquals(5, figures.stream().filter(f -> f.key().equals("consultationsAnswered")).findFirst()
                .orElseThrow().value().intValue());
        assertNull(figures.get(0).unit());
    }

    @Test
    public void eventsKeepTheirDeputies() {
        StudioEventEntity e = new StudioEventEntity();
        e.id = 3L;
        e.studioId = 1;
        e.kind = "LIVESTREAM";
        e.title = "山禾课堂";
        e.heldOn = LocalDate.of(2026, 5, 1);
        e.sessions = 20;
        e.viewers = 7000;
        e.deputyIds = "6,7";
        assertEquals(List.of(6L, 7L), StudioMapper.event(e).deputyIds());
        e.deputyIds = "";
        assertEquals(List.of(), StudioMapper.event(e).deputyIds());
    }
}
