package org.lianxin.core.internal.lifecycle;

import static org.lianxin.api.dto.LifecycleAction.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.lianxin.api.IllegalTransitionException;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.SuggestionState;

/**
 * The suggestion state machine (DOMAIN.md §3): which actions each state allows, and where the actions whose
 * outcome depends on their input lead. The services apply it; it holds no data.
 */
public final class Lifecycle {
    private static final Map<SuggestionState, Set<LifecycleAction>> TABLE = new EnumMap<>(SuggestionState.class);

    static {
        allow(SuggestionState.PRE_SUBMITTED, PRE_CHECK);
        allow(SuggestionState.PRE_CHECKED, FORMALIZE);
        allow(SuggestionState.REGISTERED, GROUP_PASS, GROUP_RETURN, MERGE);
        allow(SuggestionState.RETURNED, RESUBMIT, MERGE);
        allow(SuggestionState.MERGED);
        allow(SuggestionState.TOWNSHIP_REVIEW, ROUTE, ASSIGN, MERGE, REMIND_OVERDUE);
        allow(SuggestionState.ROUTED, ROUTE, PRE_ASSIGN, ASSIGN, MERGE, REMIND_OVERDUE);
        allow(SuggestionState.PRE_ASSIGNED, ROUTE, PRE_ASSIGN, ASSIGN, MERGE, REMIND_OVERDUE);
        allow(SuggestionState.ASSIGNED, ACCEPT, UNIT_RETURN, LOG_CONTACT, REQUEST_EXTENSION, DECIDE_EXTENSION, REPLY,
                SUPERVISE, ESCALATE_OVERDUE);
        allow(SuggestionState.HANDLING, UNIT_RETURN, LOG_CONTACT, REQUEST_EXTENSION, DECIDE_EXTENSION, REPLY,
                SUPERVISE, ESCALATE_OVERDUE);
        allow(SuggestionState.SUPERVISED, LOG_CONTACT, REQUEST_EXTENSION, DECIDE_EXTENSION, REPLY, REMIND_OVERDUE);
        allow(SuggestionState.REPLIED, EVALUATE, LOG_CONTACT);
        allow(SuggestionState.EXPLANATION_REQUIRED, EXPLAIN, LOG_CONTACT);
        allow(SuggestionState.COMPLETED, CLOSE, MARK_SOLVED, SECONDARY_EVALUATE, LOG_CONTACT);
        allow(SuggestionState.EXPLAINED, CLOSE, MARK_SOLVED, SECONDARY_EVALUATE, LOG_CONTACT);
        allow(SuggestionState.CLOSED, MARK_SOLVED, SECONDARY_EVALUATE, LOG_CONTACT);
    }

    private Lifecycle() {
    }

    private static void allow(SuggestionState state, LifecycleAction... actions) {
        Set<LifecycleAction> set = EnumSet.noneOf(LifecycleAction.class);
        set.addAll(java.util.List.of(actions));
        TABLE.put(state, set);
    }

    /** The actions allowed now, the state table narrowed by the facts. */
    public static Set<LifecycleAction> allowed(SuggestionState state, Facts facts) {
        Set<LifecycleAction> allowed = EnumSet.noneOf(LifecycleAction.class);
        for (LifecycleAction a : TABLE.get(state)) {
            if (guard(a, facts) == null) {
                allowed.add(a);
            }
        }
        return allowed;
    }

    /** @throws IllegalTransitionException naming the state, the reason and the allowed actions */
    public static void check(SuggestionState state, LifecycleAction action, Facts facts) {
        if (!TABLE.get(state).contains(action)) {
            throw new IllegalTransitionException(state, action, allowed(state, facts));
        }
        String why = guard(action, facts);
        if (why != null) {
            throw new IllegalTransitionException(state, action, allowed(state, facts), why);
        }
    }

    /** Why an action in the state table is not allowed now, or null. */
    private static String guard(LifecycleAction action, Facts f) {
        return switch (action) {
            case REQUEST_EXTENSION -> f.extensionPending() ? "an extension request is already pending" : null;
            case DECIDE_EXTENSION -> f.extensionPending() ? null : "no extension request is pending";
            case MARK_SOLVED -> f.lookBack() ? null : "only a B-class item on the look-back list can be marked solved";
            case ESCALATE_OVERDUE -> !f.overdue() ? "the item is not overdue"
                    : f.escalated() ? "the item was already escalated" : null;
            case REMIND_OVERDUE -> !f.overdue() ? "the item is not overdue"
                    : f.reminded() ? "a reminder was already sent for this deadline" : null;
            default -> null;
        };
    }

    /**
     * Where an evaluation leads: satisfied or basically satisfied completes the item; the first unsatisfied
     * rating puts it under key supervision for a redo; still unsatisfied after that redo requires a public
     * explanation. Supervision for an overdue reply does not count as a redo.
     */
    public static SuggestionState afterEvaluation(Rating rating, boolean redoneAfterDissatisfaction) {
        if (rating != Rating.UNSATISFIED) {
            return SuggestionState.COMPLETED;
        }
        return redoneAfterDissatisfaction ? SuggestionState.EXPLANATION_REQUIRED : SuggestionState.SUPERVISED;
    }

    /** The worse of two ratings (双测评 keeps the lower one). */
    public static Rating worse(Rating a, Rating b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** States in which a deadline runs and the item can be overdue. */
    public static boolean isRunning(SuggestionState state) {
        return switch (state) {
            case TOWNSHIP_REVIEW, ROUTED, PRE_ASSIGNED, ASSIGNED, HANDLING, SUPERVISED -> true;
            default -> false;
        };
    }

    /**
     * States whose overdue items are escalated to key supervision; overdue items in the other running states
     * (before assignment, and under supervision) are reminded once per deadline.
     */
    public static boolean isHandling(SuggestionState state) {
        return state == SuggestionState.ASSIGNED || state == SuggestionState.HANDLING;
    }
}
