package org.lianxin.practice.livelihood.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;

import org.junit.Test;
import org.lianxin.api.ConflictException;
import org.lianxin.api.ValidationException;
import org.lianxin.practice.livelihood.api.RoundAction;
import org.lianxin.practice.livelihood.api.RoundStatus;
import org.lianxin.practice.livelihood.api.SatisfactionTally;

public class RoundRulesTest {

    @Test
    public void aRoundGoesFromCollectingToClosedInOrder() {
        RoundStatus s = RoundStatus.COLLECTING;
        assertEquals(s, RoundFlow.next(1, s, RoundAction.PROPOSE));
        s = RoundFlow.next(1, s, RoundAction.DRAFT_CANDIDATES);
        assertEquals(RoundStatus.CANDIDATES_DRAFTED, s);
        assertEquals(RoundStatus.CANDIDATES_DRAFTED, RoundFlow.next(1, s, RoundAction.REVIEW, false)); // returned
        s = RoundFlow.next(1, s, RoundAction.REVIEW, true);
        assertEquals(RoundStatus.REVIEWED, s);
        s = RoundFlow.next(1, s, RoundAction.OPEN_VOTE);
        assertEquals(RoundStatus.VOTING, RoundFlow.next(1, s, RoundAction.CAST_BALLOT));
        s = RoundFlow.next(1, s, RoundAction.CLOSE_VOTE);
        assertEquals(RoundStatus.COUNTED, s);
        s = RoundFlow.next(1, s, RoundAction.PUBLISH);
        assertEquals(RoundStatus.RESULT_PUBLISHED, s);
        s = RoundFlow.next(1, s, RoundAction.TRACK);
        assertEquals(RoundStatus.TRACKING, s);
        assertEquals(RoundStatus.TRACKING, RoundFlow.next(1, s, RoundAction.SATISFACTION_VOTE));
        assertEquals(RoundStatus.CLOSED, RoundFlow.next(1, s, RoundAction.CLOSE));
        assertTrue(RoundFlow.allowed(RoundStatus.CLOSED).isEmpty());
    }

    @Test
    public void aMoveTheStatusDoesNotAllowIsAConflictNamingStatusAndAllowedActions() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> RoundFlow.next(7, RoundStatus.COLLECTING, RoundAction.OPEN_VOTE));
        assertEquals("OPEN_VOTE is not allowed for round 7 in status COLLECTING; allowed: PROPOSE, DRAFT_CANDIDATES",
                e.getMessage());
        assertThrows(ConflictException.class, () -> RoundFlow.next(7, RoundStatus.REVIEWED, RoundAction.CAST_BALLOT));
        assertThrows(ConflictException.class, () -> RoundFlow.next(7, RoundStatus.COUNTED, RoundAction.CAST_BALLOT));
        assertThrows(ConflictException.class, () -> RoundFlow.next(7, RoundStatus.VOTING, RoundAction.PROPOSE));
        assertThrows(ConflictException.class, () -> RoundFlow.next(7, RoundStatus.RESULT_PUBLISHED,
                RoundAction.SATISFACTION_VOTE));
        assertTrue(assertThrows(ConflictException.class, () -> RoundFlow.next(7, RoundStatus.CLOSED,
                RoundAction.TRACK)).getMessage().endsWith("allowed: none"));
    }

    @Test
    public void satisfactionCountsSatisfiedAndBasicallySatisfiedOverAllVotes() {
        SatisfactionTally t = LivelihoodMapper.tally(3, 5, 2, 1);
        assertEquals(8, t.votes());
        assertEquals(new BigDecimal("87.50"), t.satisfactionRate());
        assertNull(LivelihoodMapper.tally(3, 0, 0, 0).satisfactionRate());
        assertEquals(new BigDecimal("66.67"), LivelihoodMapper.tally(3, 1, 1, 1).satisfactionRate());
    }

    @Test
    public void progressGoesDownOnlyWithANote() {
        Projects.checkProgress(40, 60, null);
        Projects.checkProgress(60, 60, null);
        Projects.checkProgress(60, 50, "塌方返工");
        assertTrue(assertThrows(ValidationException.class, () -> Projects.checkProgress(60, 50, null)).getMessage()
                .contains("50% is below the 60% reported before"));
    }

    @Test
    public void moneyIsYuanWithTwoDecimalsAtMost() {
        assertEquals(new BigDecimal("12.50"), Rounds.money(new BigDecimal("12.50"), "budget", false));
        assertNull(Rounds.money(null, "budget", false));
        assertThrows(ValidationException.class, () -> Rounds.money(null, "budget", true));
        assertThrows(ValidationException.class, () -> Rounds.money(new BigDecimal("-1"), "budget", false));
        assertThrows(ValidationException.class, () -> Rounds.money(new BigDecimal("1.005"), "budget", false));
    }
}
