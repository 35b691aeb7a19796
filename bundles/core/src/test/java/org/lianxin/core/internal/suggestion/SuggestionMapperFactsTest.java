package org.lianxin.core.internal.suggestion;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.lifecycle.Facts;
import org.lianxin.core.internal.lifecycle.Lifecycle;

/** The facts a stored suggestion gives the state machine: overdue, reminded once per deadline, look-back. */
public class SuggestionMapperFactsTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    private static SuggestionEntity suggestion(SuggestionState state, String deadline) {
        SuggestionEntity s = new SuggestionEntity();
        s.state = state.name();
        s.deadline = deadline == null ? null : LocalDate.parse(deadline);
        return s;
    }

    @Test
    public void overdueOnlyAfterTheDueDayAndOnlyWhileTheClockRuns() {
        assertFalse(SuggestionMapper.facts(suggestion(SuggestionState.ROUTED, "2026-03-10"), TODAY).overdue());
        assertTrue(SuggestionMapper.facts(suggestion(SuggestionState.ROUTED, "2026-03-09"), TODAY).overdue());
        assertFalse(SuggestionMapper.facts(suggestion(SuggestionState.REPLIED, "2026-03-09"), TODAY).overdue());
        assertFalse(SuggestionMapper.facts(suggestion(SuggestionState.HANDLING, null), TODAY).overdue());
    }

    @Test
    public void oneReminderPerDeadline() {
        SuggestionEntity s = suggestion(SuggestionState.ROUTED, "2026-03-05");
        Facts f = SuggestionMapper.facts(s, TODAY);
        assertTrue(Lifecycle.allowed(SuggestionState.ROUTED, f).contains(LifecycleAction.REMIND_OVERDUE));

        s.remindedFor = s.deadline; // reminded
        f = SuggestionMapper.facts(s, TODAY);
        assertTrue(f.reminded());
        assertFalse(Lifecycle.allowed(SuggestionState.ROUTED, f).contains(LifecycleAction.REMIND_OVERDUE));

        s.deadline = LocalDate.parse("2026-03-08"); // a new deadline, missed again
        f = SuggestionMapper.facts(s, TODAY);
        assertFalse(f.reminded());
        assertTrue(Lifecycle.allowed(SuggestionState.ROUTED, f).contains(LifecycleAction.REMIND_OVERDUE));
    }

    @Test
    public void escalatedOnce() {
        SuggestionEntity s = suggestion(SuggestionState.HANDLING, "2026-03-01");
        assertTrue(Lifecycle.allowed(SuggestionState.HANDLING, SuggestionMapper.facts(s, TODAY))
                .contains(LifecycleAction.ESCALATE_OVERDUE));
        s.overdueEscalated = true;
        assertFalse(Lifecycle.allowed(SuggestionState.HANDLING, SuggestionMapper.facts(s, TODAY))
                .contains(LifecycleAction.ESCALATE_OVERDUE));
    }

    @Test
    public void pendingExtension() {
        SuggestionEntity s = suggestion(SuggestionState.HANDLING, "2026-04-01");
        assertFalse(SuggestionMapper.facts(s, TODAY).extensionPending());
        s.extensionDays = 10;
        assertTrue(SuggestionMapper.facts(s, TODAY).extensionPending());
    }

    @Test
    public void lookBackIsForUnsolvedBClassCompletedItems() {
        SuggestionEntity s = suggestion(SuggestionState.COMPLETED, null);
        s.resultClass = "B";
        assertTrue(SuggestionMapper.facts(s, TODAY).lookBack());
        s.state = SuggestionState.CLOSED.name();
        assertTrue(SuggestionMapper.facts(s, TODAY).lookBack());
        s.solved = true;
        assertFalse(SuggestionMapper.facts(s, TODAY).lookBack());
        s.solved = false;
        s.resultClass = "A";
        assertFalse(SuggestionMapper.facts(s, TODAY).lookBack());
        s.resultClass = "B";
        s.state = SuggestionState.REPLIED.name();
        assertFalse(SuggestionMapper.facts(s, TODAY).lookBack());
    }
}
