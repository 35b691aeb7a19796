package org.lianxin.api.dto;

/** The order of a ledger page. */
public enum SuggestionSort {
    /** The most recently registered first. */
    NEWEST,
    /**
     * Items whose clock is running first, the nearest deadline first (overdue ones at the top); then the rest, the
     * most recently changed first: a handling unit's or a deputy's working order.
     */
    DEADLINE;
}
