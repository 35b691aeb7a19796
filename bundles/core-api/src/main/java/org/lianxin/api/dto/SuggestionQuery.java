package org.lianxin.api.dto;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filters of the suggestion ledger; every field is optional (null means no filter).
 *
 * @param regionId      the region the suggestion was raised in or is handled in
 * @param subRegions    whether sub-regions of {@code regionId} are included
 * @param states        any of these states
 * @param unitId        a lead or co-handling unit
 * @param deputyId      a proposer
 * @param overdue       past its deadline while still running
 * @param from          created on or after this date
 * @param to            created on or before this date
 * @param lookBack      on the B-class look-back list
 * @param text          part of the title or the ledger number, in any letter case
 * @param sort          the order of the page; null means {@link SuggestionSort#NEWEST}
 */
public record SuggestionQuery(Long regionId, boolean subRegions, Set<SuggestionState> states, Long unitId,
        Long deputyId, Category category, SuggestionKind kind, Boolean overdue, LocalDate from, LocalDate to,
        Boolean lookBack, Boolean supervised, String text, SuggestionSort sort) {

    public SuggestionQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        sort = sort == null ? SuggestionSort.NEWEST : sort;
    }

    /** The filters, newest first (kept for callers written before the ledger had a choice of order). */
    public SuggestionQuery(Long regionId, boolean subRegions, Set<SuggestionState> states, Long unitId,
            Long deputyId, Category category, SuggestionKind kind, Boolean overdue, LocalDate from, LocalDate to,
            Boolean lookBack, Boolean supervised, String text) {
        this(regionId, subRegions, states, unitId, deputyId, category, kind, overdue, from, to, lookBack, supervised,
                text, SuggestionSort.NEWEST);
    }

    public static SuggestionQuery all() {
        return new SuggestionQuery(null, true, Set.of(), null, null, null, null, null, null, null, null, null, null);
    }
}
