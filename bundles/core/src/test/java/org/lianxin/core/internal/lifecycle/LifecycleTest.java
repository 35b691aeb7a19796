package org.lianxin.core.internal.lifecycle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.lianxin.api.dto.LifecycleAction.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;
import org.lianxin.api.IllegalTransitionException;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.SuggestionState;

/** The suggestion state machine of DOMAIN.md §3: which actions each state allows and where evaluations lead. */
public class LifecycleTest {

    /** Facts under which every guard except "no extension pending" passes. */
    private static final Facts QUIET = Facts.NONE;
    /** Facts under which every guard except "extension already pending" passes. */
    private static final Facts BUSY = new Facts(true, true, true, false, false);

    /** Every action a state can ever allow (guards aside), written out from DOMAIN.md §3. */
    private static final Map<SuggestionState, Set<LifecycleAction>> TABLE = new EnumMap<>(SuggestionState.class);

    static {
        TABLE.put(SuggestionState.PRE_SUBMITTED, EnumSet.of(PRE_CHECK));
        TABLE.put(SuggestionState.PRE_CHECKED, EnumSet.of(FORMALIZE));
        TABLE.put(SuggestionState.REGISTERED, EnumSet.of(GROUP_PASS, GROUP_RETURN, MERGE));
        TABLE.put(SuggestionState.RETURNED, EnumSet.of(RESUBMIT, MERGE));
        TABLE.put(SuggestionState.MERGED, EnumSet.noneOf(LifecycleAction.class));
        TABLE.put(SuggestionState.TOWNSHIP_REVIEW, EnumSet.of(ROUTE, ASSIGN, MERGE, REMIND_OVERDUE));
        TABLE.put(SuggestionState.ROUTED, EnumSet.of(ROUTE, PRE_ASSIGN, ASSIGN, MERGE, REMIND_OVERDUE));
        TABLE.put(SuggestionState.PRE_ASSIGNED, EnumSet.of(ROUTE, PRE_ASSIGN, ASSIGN, MERGE, REMIND_OVERDUE));
        TABLE.put(SuggestionState.ASSIGNED, EnumSet.of(ACCEPT, UNIT_RETURN, LOG_CONTACT, REQUEST_EXTENSION,
                DECIDE_EXTENSION, REPLY, SUPERVISE, ESCALATE_OVERDUE));
        TABLE.put(SuggestionState.HANDLING, EnumSet.of(UNIT_RETURN, LOG_CONTACT, REQUEST_EXTENSION,
                DECIDE_EXTENSION, REPLY, SUPERVISE, ESCALATE_OVERDUE));
        TABLE.put(SuggestionState.SUPERVISED, EnumSet.of(LOG_CONTACT, REQUEST_EXTENSION, DECIDE_EXTENSION, REPLY,
                REMIND_OVERDUE));
        TABLE.put(SuggestionState.REPLIED, EnumSet.of(EVALUATE, LOG_CONTACT));
        TABLE.put(SuggestionState.EXPLANATION_REQUIRED, EnumSet.of(EXPLAIN, LOG_CONTACT));
        TABLE.put(SuggestionState.COMPLETED, EnumSet.of(CLOSE, MARK_SOLVED, SECONDARY_EVALUATE, LOG_CONTACT));
        TABLE.put(SuggestionState.EXPLAINED, EnumSet.of(CLOSE, MARK_SOLVED, SECONDARY_EVALUATE, LOG_CONTACT));
        TABLE.put(SuggestionState.CLOSED, EnumSet.of(MARK_SOLVED, SECONDARY_EVALUATE, LOG_CONTACT));
    }

    private static Set<LifecycleAction> minus(Set<LifecycleAction> set, LifecycleAction... removed) {
        Set<LifecycleAction> out = EnumSet.noneOf(LifecycleAction.class);
        out.addAll(set);
        out.removeAll(Set.of(removed));
        return out;
    }

    @Test
    public void everyStateHasAnExpectedRow() {
        for (SuggestionState state : SuggestionState.values()) {
            assertTrue("no expectation for " + state, TABLE.containsKey(state));
        }
    }

    @Test
    public void allowedActionsWithoutPendingExtensionOrOverdue() {
        for (SuggestionState state : SuggestionState.values()) {
            assertEquals(state.name(), minus(TABLE.get(state), DECIDE_EXTENSION, MARK_SOLVED, ESCALATE_OVERDUE,
                    REMIND_OVERDUE), Lifecycle.allowed(state, QUIET));
        }
    }

    @Test
    public void allowedActionsWithPendingExtensionOverdueAndLookBack() {
        for (SuggestionState state : SuggestionState.values()) {
            assertEquals(state.name(), minus(TABLE.get(state), REQUEST_EXTENSION), Lifecycle.allowed(state, BUSY));
        }
    }

    @Test
    public void everyActionOutsideTheTableIsRefusedNamingStateAndAllowedActions() {
        for (SuggestionState state : SuggestionState.values()) {
            for (LifecycleAction action : LifecycleAction.values()) {
                if (TABLE.get(state).contains(action)) {
                    continue;
                }
                try {
                    Lifecycle.check(state, action, QUIET);
                    fail(action + " should not be allowed in " + state);
                } catch (IllegalTransitionException e) {
                    assertEquals(state, e.state());
                    assertEquals(action, e.action());
                    assertEquals(Lifecycle.allowed(state, QUIET), e.allowed());
                    String allowed = Lifecycle.allowed(state, QUIET).stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(", "));
                    assertEquals(action + " is not allowed in state " + state + "; allowed: "
                            + (allowed.isEmpty() ? "none" : allowed), e.getMessage());
                }
            }
        }
    }

    @Test
    public void everyActionInTheTableIsAcceptedWhenItsGuardHolds() {
        for (SuggestionState state : SuggestionState.values()) {
            for (LifecycleAction action : TABLE.get(state)) {
                Facts facts = action == REQUEST_EXTENSION ? QUIET : BUSY;
                Lifecycle.check(state, action, facts);
            }
        }
    }

    @Test
    public void mergedAllowsNothing() {
        IllegalTransitionException e = refused(SuggestionState.MERGED, GROUP_PASS, BUSY);
        assertTrue(e.getMessage(), e.getMessage().endsWith("allowed: none"));
        assertTrue(e.allowed().isEmpty());
    }

    @Test
    public void messageForAWrongStateIsReadable() {
        IllegalTransitionException e = refused(SuggestionState.REPLIED, ASSIGN, QUIET);
        assertEquals("ASSIGN is not allowed in state REPLIED; allowed: EVALUATE, LOG_CONTACT", e.getMessage());
    }

    // --- guards ----------------------------------------------------------------------------------------

    @Test
    public void extensionCanBeRequestedOnlyWhenNoneIsPending() {
        for (SuggestionState state : EnumSet.of(SuggestionState.ASSIGNED, SuggestionState.HANDLING,
                SuggestionState.SUPERVISED)) {
            Lifecycle.check(state, REQUEST_EXTENSION, QUIET);
            IllegalTransitionException e = refused(state, REQUEST_EXTENSION, BUSY);
            assertTrue(e.getMessage(), e.getMessage().contains("already pending"));
            assertTrue(e.getMessage(), e.getMessage().contains("state " + state));
            assertTrue(e.getMessage(), e.getMessage().contains("DECIDE_EXTENSION"));
            assertFalse(e.allowed().contains(REQUEST_EXTENSION));
        }
    }

    @Test
    public void extensionCanBeDecidedOnlyWhenOneIsPending() {
        for (SuggestionState state : EnumSet.of(SuggestionState.ASSIGNED, SuggestionState.HANDLING,
                SuggestionState.SUPERVISED)) {
            Lifecycle.check(state, DECIDE_EXTENSION, new Facts(true, false, false, false, false));
            IllegalTransitionException e = refused(state, DECIDE_EXTENSION, QUIET);
            assertTrue(e.getMessage(), e.getMessage().contains("no extension request is pending"));
            assertTrue(e.getMessage(), e.getMessage().contains("REQUEST_EXTENSION"));
        }
    }

    @Test
    public void onlyUnsolvedBClassItemsCanBeMarkedSolved() {
        Facts lookBack = new Facts(false, true, false, false, false);
        for (SuggestionState state : EnumSet.of(SuggestionState.COMPLETED, SuggestionState.EXPLAINED,
                SuggestionState.CLOSED)) {
            Lifecycle.check(state, MARK_SOLVED, lookBack);
            IllegalTransitionException e = refused(state, MARK_SOLVED, QUIET);
            assertTrue(e.getMessage(), e.getMessage().contains("B-class"));
            assertFalse(e.allowed().contains(MARK_SOLVED));
        }
        // not a look-back state even with the fact set
        refused(SuggestionState.REPLIED, MARK_SOLVED, lookBack);
    }

    @Test
    public void escalationOnlyWhenOverdueAndNotYetEscalated() {
        Facts overdue = new Facts(false, false, true, false, false);
        Facts escalated = new Facts(false, false, true, true, false);
        for (SuggestionState state : EnumSet.of(SuggestionState.ASSIGNED, SuggestionState.HANDLING)) {
            Lifecycle.check(state, ESCALATE_OVERDUE, overdue);
            assertTrue(Lifecycle.allowed(state, overdue).contains(ESCALATE_OVERDUE));

            IllegalTransitionException notOverdue = refused(state, ESCALATE_OVERDUE, QUIET);
            assertTrue(notOverdue.getMessage(), notOverdue.getMessage().contains("not overdue"));

            IllegalTransitionException twice = refused(state, ESCALATE_OVERDUE, escalated);
            assertTrue(twice.getMessage(), twice.getMessage().contains("already escalated"));
            assertFalse(twice.allowed().contains(ESCALATE_OVERDUE));
        }
        // items before assignment are reminded, not escalated
        refused(SuggestionState.ROUTED, ESCALATE_OVERDUE, overdue);
        // supervised items cannot be escalated again
        refused(SuggestionState.SUPERVISED, ESCALATE_OVERDUE, overdue);
    }

    @Test
    public void reminderOnlyWhenOverdueAndOncePerDeadline() {
        Facts overdue = new Facts(false, false, true, false, false);
        Facts reminded = new Facts(false, false, true, false, true);
        for (SuggestionState state : EnumSet.of(SuggestionState.TOWNSHIP_REVIEW, SuggestionState.ROUTED,
                SuggestionState.PRE_ASSIGNED, SuggestionState.SUPERVISED)) {
            Lifecycle.check(state, REMIND_OVERDUE, overdue);

            IllegalTransitionException notOverdue = refused(state, REMIND_OVERDUE, QUIET);
            assertTrue(notOverdue.getMessage(), notOverdue.getMessage().contains("not overdue"));

            IllegalTransitionException twice = refused(state, REMIND_OVERDUE, reminded);
            assertTrue(twice.getMessage(), twice.getMessage().contains("already sent"));
            assertFalse(Lifecycle.allowed(state, reminded).contains(REMIND_OVERDUE));
        }
        // handling items are escalated, not reminded
        refused(SuggestionState.HANDLING, REMIND_OVERDUE, overdue);
    }

    @Test
    public void guardMessageNamesStateAndReason() {
        IllegalTransitionException e = refused(SuggestionState.HANDLING, ESCALATE_OVERDUE, QUIET);
        assertEquals("ESCALATE_OVERDUE is not allowed in state HANDLING (the item is not overdue); allowed: "
                + "LOG_CONTACT, REPLY, REQUEST_EXTENSION, SUPERVISE, UNIT_RETURN", e.getMessage());
    }

    // --- evaluation --------------------------------------------------------------------------------------

    @Test
    public void satisfiedOrBasicallySatisfiedCompletes() {
        for (boolean supervised : new boolean[] { false, true }) {
            assertEquals(SuggestionState.COMPLETED, Lifecycle.afterEvaluation(Rating.SATISFIED, supervised));
            assertEquals(SuggestionState.COMPLETED, Lifecycle.afterEvaluation(Rating.BASICALLY_SATISFIED, supervised));
        }
    }

    @Test
    public void firstUnsatisfiedGoesToKeySupervision() {
        assertEquals(SuggestionState.SUPERVISED, Lifecycle.afterEvaluation(Rating.UNSATISFIED, false));
    }

    @Test
    public void unsatisfiedAfterSupervisionRequiresExplanation() {
        assertEquals(SuggestionState.EXPLANATION_REQUIRED, Lifecycle.afterEvaluation(Rating.UNSATISFIED, true));
    }

    @Test
    public void worseKeepsTheLowerOfTwoRatings() {
        assertEquals(Rating.UNSATISFIED, Lifecycle.worse(Rating.SATISFIED, Rating.UNSATISFIED));
        assertEquals(Rating.UNSATISFIED, Lifecycle.worse(Rating.UNSATISFIED, Rating.SATISFIED));
        assertEquals(Rating.BASICALLY_SATISFIED, Lifecycle.worse(Rating.SATISFIED, Rating.BASICALLY_SATISFIED));
        assertEquals(Rating.BASICALLY_SATISFIED, Lifecycle.worse(Rating.BASICALLY_SATISFIED, Rating.SATISFIED));
        assertEquals(Rating.UNSATISFIED, Lifecycle.worse(Rating.BASICALLY_SATISFIED, Rating.UNSATISFIED));
        for (Rating r : Rating.values()) {
            assertEquals(r, Lifecycle.worse(r, r));
        }
    }

    // --- running and handling states -------------------------------------------------------------------

    @Test
    public void deadlineRunsFromTownshipReviewUntilReplyAndUnderSupervision() {
        Set<SuggestionState> running = EnumSet.of(SuggestionState.TOWNSHIP_REVIEW, SuggestionState.ROUTED,
                SuggestionState.PRE_ASSIGNED, SuggestionState.ASSIGNED, SuggestionState.HANDLING,
                SuggestionState.SUPERVISED);
        for (SuggestionState state : SuggestionState.values()) {
            assertEquals(state.name(), running.contains(state), Lifecycle.isRunning(state));
        }
    }

    @Test
    public void onlyAssignedAndHandlingItemsAreEscalated() {
        for (SuggestionState state : SuggestionState.values()) {
            boolean expected = state == SuggestionState.ASSIGNED || state == SuggestionState.HANDLING;
            assertEquals(state.name(), expected, Lifecycle.isHandling(state));
            if (expected) {
                assertTrue(Lifecycle.isRunning(state));
            }
        }
    }

    @Test
    public void runningStatesCanBeChasedWhenOverdue() {
        // every state whose deadline runs has a reminder or an escalation for overdue items
        Facts overdue = new Facts(false, false, true, false, false);
        for (SuggestionState state : SuggestionState.values()) {
            if (!Lifecycle.isRunning(state)) {
                continue;
            }
            Set<LifecycleAction> allowed = Lifecycle.allowed(state, overdue);
            LifecycleAction chase = Lifecycle.isHandling(state) ? ESCALATE_OVERDUE : REMIND_OVERDUE;
            assertTrue(state + " " + allowed, allowed.contains(chase));
        }
    }

    private static IllegalTransitionException refused(SuggestionState state, LifecycleAction action, Facts facts) {
        try {
            Lifecycle.check(state, action, facts);
        } catch (IllegalTransitionException e) {
            assertEquals(state, e.state());
            assertEquals(action, e.action());
            assertTrue(e.getMessage(), e.getMessage().contains("state " + state));
            return e;
        }
        throw new AssertionError(action + " should be refused in " + state + " with " + facts);
    }
}
