package org.lianxin.practice.council.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.lianxin.api.StateConflictException;
import org.lianxin.practice.council.internal.model.ItemAction;
import org.lianxin.practice.council.internal.model.ItemRoute;
import org.lianxin.practice.council.internal.model.ItemStatus;

/**
 * The moves of an item through 选、分、督、评:
 * <pre>
 * SELECTED --sort (category; a deputy's suggestion or the street office)--> SORTED
 * SORTED --supervise (a note)--> SUPERVISING --supervise--> SUPERVISING
 * SUPERVISING --evaluate (once handled)--> EVALUATED
 * </pre>
 * An item handed to the street office has its handling recorded (RECORD_HANDLING) while SORTED or SUPERVISING; a
 * raised suggestion counts as handled once core completes it (办结). Evaluation needs a supervision first and the
 * handling done: the representatives judge what was done, not a promise.
 */
final class ItemFlow {

    private ItemFlow() {
    }

    /** What the item allows now, in this order. */
    static List<ItemAction> allowed(ItemStatus status, ItemRoute route, boolean handled) {
        List<ItemAction> out = new ArrayList<>();
        switch (status) {
            case SELECTED -> out.add(ItemAction.SORT);
            case SORTED, SUPERVISING -> {
                out.add(ItemAction.SUPERVISE);
                if (route == ItemRoute.STREET_OFFICE && !handled) {
                    out.add(ItemAction.RECORD_HANDLING);
                }
                if (status == ItemStatus.SUPERVISING && handled) {
                    out.add(ItemAction.EVALUATE);
                }
            }
            case EVALUATED -> {
                // the loop is closed
            }
        }
        return out;
    }

    /**
     * The status after {@code action}.
     *
     * @throws StateConflictException naming the item, its status, why, and the allowed actions
     */
    static ItemStatus next(long itemId, ItemStatus status, ItemRoute route, boolean handled, ItemAction action) {
        List<ItemAction> allowed = allowed(status, route, handled);
        if (!allowed.contains(action)) {
            throw new StateConflictException(action + " is not allowed for item " + itemId + " in status " + status
                    + why(status, route, handled, action) + "; allowed: " + (allowed.isEmpty() ? "none"
                            : allowed.stream().map(Enum::name).collect(Collectors.joining(", "))),
                    status.name(), allowed.stream().map(Enum::name).toList());
        }
        return switch (action) {
            case SORT -> ItemStatus.SORTED;
            case SUPERVISE -> ItemStatus.SUPERVISING;
            case RECORD_HANDLING -> status;
            case EVALUATE -> ItemStatus.EVALUATED;
        };
    }

    private static String why(ItemStatus status, ItemRoute route, boolean handled, ItemAction action) {
        if (action == ItemAction.EVALUATE && status == ItemStatus.SORTED) {
            return " (record a supervision first)";
        }
        if (action == ItemAction.EVALUATE && status == ItemStatus.SUPERVISING && !handled) {
            return route == ItemRoute.SUGGESTION ? " (the suggestion is not completed yet)"
                    : " (the street office has not recorded its handling yet)";
        }
        if (action == ItemAction.RECORD_HANDLING && route == ItemRoute.SUGGESTION) {
            return " (it was raised as a suggestion: core's handling completes it)";
        }
        return "";
    }
}
