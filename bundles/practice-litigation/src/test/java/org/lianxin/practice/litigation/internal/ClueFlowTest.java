package org.lianxin.practice.litigation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.lianxin.api.ConflictException;
import org.lianxin.practice.litigation.internal.model.ClueAction;
import org.lianxin.practice.litigation.internal.model.ClueStatus;

public class ClueFlowTest {

    @Test
    public void preLitigationSuggestionThenRectified() {
        ClueStatus s = ClueFlow.next(1, ClueStatus.TRANSFERRED, ClueAction.ACCEPT);
        s = ClueFlow.next(1, s, ClueAction.PRE_LITIGATION);
        assertEquals(ClueStatus.PRE_LITIGATION_SUGGESTION, s);
        assertEquals(ClueStatus.RECTIFIED, ClueFlow.next(1, s, ClueAction.RECTIFIED));
    }

    @Test
    public void litigationThenJudged() {
        ClueStatus s = ClueFlow.next(1, ClueStatus.PRE_LITIGATION_SUGGESTION, ClueAction.LITIGATION);
        assertEquals(ClueStatus.JUDGED, ClueFlow.next(1, s, ClueAction.JUDGED));
    }

    @Test
    public void declinedBeforeTheSuggestionIsIssuedOnly() {
        assertEquals(ClueStatus.DECLINED, ClueFlow.next(1, ClueStatus.TRANSFERRED, ClueAction.DECLINE));
        assertEquals(ClueStatus.DECLINED, ClueFlow.next(1, ClueStatus.ACCEPTED, ClueAction.DECLINE));
        try {
            ClueFlow.next(7, ClueStatus.LITIGATION, ClueAction.DECLINE);
            fail();
        } catch (ConflictException e) {
            assertEquals("DECLINE is not allowed for clue 7 in status LITIGATION; allowed: JUDGED", e.getMessage());
        }
    }

    @Test
    public void illegalMovesNameTheStatusAndWhatIsAllowed() {
        try {
            ClueFlow.next(3, ClueStatus.TRANSFERRED, ClueAction.LITIGATION);
            fail();
        } catch (ConflictException e) {
            assertEquals("LITIGATION is not allowed for clue 3 in status TRANSFERRED; allowed: ACCEPT, DECLINE",
                    e.getMessage());
        }
        for (ClueStatus end : new ClueStatus[] {ClueStatus.RECTIFIED, ClueStatus.JUDGED, ClueStatus.DECLINED}) {
            assertTrue(end.closed());
            assertTrue(ClueFlow.allowed(end).isEmpty());
        }
    }
}
