package org.lianxin.practice.petition.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.EnumSet;

import org.junit.Test;
import org.lianxin.api.ConflictException;
import org.lianxin.practice.petition.internal.model.PetitionAction;
import org.lianxin.practice.petition.internal.model.PetitionStatus;

public class PetitionFlowTest {

    @Test
    public void theFirstStepPutsARegisteredPetitionInProgressLaterStepsKeepTheStatus() {
        assertEquals(PetitionStatus.IN_PROGRESS, PetitionFlow.next(1, PetitionStatus.REGISTERED, PetitionAction.STEP));
        assertEquals(PetitionStatus.IN_PROGRESS, PetitionFlow.next(1, PetitionStatus.IN_PROGRESS, PetitionAction.STEP));
        assertEquals(PetitionStatus.RESOLVED, PetitionFlow.next(1, PetitionStatus.RESOLVED, PetitionAction.STEP));
    }

    @Test
    public void theWholeWayToClosed() {
        PetitionStatus s = PetitionStatus.REGISTERED;
        s = PetitionFlow.next(1, s, PetitionAction.RISK);
        assertEquals(PetitionStatus.REGISTERED, s);
        s = PetitionFlow.next(1, s, PetitionAction.STEP);
        s = PetitionFlow.next(1, s, PetitionAction.MARK_UNRESOLVED);
        assertEquals(PetitionStatus.UNRESOLVED, s);
        s = PetitionFlow.next(1, s, PetitionAction.RESOLVE);
        assertEquals(PetitionStatus.RESOLVED, s);
        s = PetitionFlow.next(1, s, PetitionAction.FOLLOW_UP);
        assertEquals(PetitionStatus.CLOSED, s);
        assertTrue(PetitionFlow.allowed(s).isEmpty());
    }

    @Test
    public void concludingWithoutAStepIsRefusedNamingTheStatusAndWhatIsAllowed() {
        try {
            PetitionFlow.next(6, PetitionStatus.REGISTERED, PetitionAction.RESOLVE);
            fail();
        } catch (ConflictException e) {
            assertEquals("RESOLVE is not allowed for petition 6 in status REGISTERED (record a step first); "
                    + "allowed: STEP, RISK", e.getMessage());
        }
    }

    @Test
    public void followUpOnlyAfterAnOutcomeAndNothingAfterClosed() {
        for (PetitionStatus s : EnumSet.of(PetitionStatus.REGISTERED, PetitionStatus.IN_PROGRESS, PetitionStatus.CLOSED)) {
            try {
                PetitionFlow.next(2, s, PetitionAction.FOLLOW_UP);
                fail(s.name());
            } catch (ConflictException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("in status " + s));
            }
        }
        try {
            PetitionFlow.next(2, PetitionStatus.CLOSED, PetitionAction.STEP);
            fail();
        } catch (ConflictException e) {
            assertTrue(e.getMessage(), e.getMessage().endsWith("allowed: none"));
        }
        try {
            PetitionFlow.next(2, PetitionStatus.RESOLVED, PetitionAction.RESOLVE);
            fail();
        } catch (ConflictException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("allowed: STEP, RISK, FOLLOW_UP"));
        }
    }

    @Test
    public void openMeansNotDefusedYet() {
        assertTrue(PetitionStatus.REGISTERED.open());
        assertTrue(PetitionStatus.IN_PROGRESS.open());
        assertTrue(PetitionStatus.UNRESOLVED.open());
        assertTrue(!PetitionStatus.RESOLVED.open() && !PetitionStatus.CLOSED.open());
    }
}
