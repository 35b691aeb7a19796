package org.lianxin.core.internal.duty;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;

import org.junit.Test;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.SuggestionState;

public class AutoDutiesTest {

    @Test
    public void raisingASuggestionEarnsItsDeputiesARecordAtRegistrationOrFormalization() {
        assertEquals(DutyKind.SUGGESTION_RAISED, AutoDuties.earned(LifecycleAction.REGISTER, SuggestionState.REGISTERED, null));
        assertEquals(DutyKind.SUGGESTION_RAISED, AutoDuties.earned(LifecycleAction.FORMALIZE, SuggestionState.REGISTERED, null));
        // a pre-submission is not yet a suggestion
        assertNull(AutoDuties.earned(LifecycleAction.PRE_SUBMIT, SuggestionState.PRE_SUBMITTED, null));
    }

    @Test
    public void aSolvedProblemEarnsARecordOnlyWhenTheDeputyAcceptedAnAClassReplyOrItWasSolvedLater() {
        assertEquals(DutyKind.PROBLEM_RESOLVED, AutoDuties.earned(LifecycleAction.EVALUATE, SuggestionState.COMPLETED, "A"));
        assertNull(AutoDuties.earned(LifecycleAction.EVALUATE, SuggestionState.COMPLETED, "B"));
        assertNull(AutoDuties.earned(LifecycleAction.EVALUATE, SuggestionState.SUPERVISED, "A"));
        // the first of two ratings leaves the item REPLIED: nothing yet
        assertNull(AutoDuties.earned(LifecycleAction.EVALUATE, SuggestionState.REPLIED, "A"));
        assertEquals(DutyKind.PROBLEM_RESOLVED, AutoDuties.earned(LifecycleAction.MARK_SOLVED, SuggestionState.CLOSED, "B"));
    }

    @Test
    public void otherStepsEarnNothing() {
        for (LifecycleAction a : new LifecycleAction[] { LifecycleAction.ASSIGN, LifecycleAction.REPLY,
            LifecycleAction.CLOSE, LifecycleAction.SUPERVISE }) {
            assertNull(a.name(), AutoDuties.earned(a, SuggestionState.CLOSED, "A"));
        }
    }

    @Test
    public void referencesKeepOneRecordPerSuggestionAndKindAndOneReceptionPerStationAndDay() {
        assertEquals("suggestion:7", AutoDuties.suggestionRef(DutyKind.SUGGESTION_RAISED, 7));
        assertEquals("resolved:7", AutoDuties.suggestionRef(DutyKind.PROBLEM_RESOLVED, 7));
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertEquals("reception:3:2025-03-01", AutoDuties.receptionRef(3, day));
        assertNotEquals(AutoDuties.receptionRef(3, day), AutoDuties.receptionRef(3, day.plusDays(1)));
    }
}
