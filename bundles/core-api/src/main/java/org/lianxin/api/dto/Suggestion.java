package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A suggestion as it stands in the ledger (台账).
 *
 * @param ledgerNo           region code, year and sequence, e.g. DJ-2023-000123; null while pre-submitted
 * @param regionId           where it was raised
 * @param handlingRegionId   whose ledger handles it after routing (a parent region for forwarded items)
 * @param deputyIds          proposers, lead proposer first (several make a joint suggestion)
 * @param opinionIds         public opinions it was promoted from
 * @param deadline           the running deadline, or null when nothing is due
 * @param overdue            the deadline has passed while the item is still running
 * @param extensionDays      days requested by a pending extension, or null
 * @param rating             the (worse) rating given, or null
 * @param ratings            number of evaluations taken in the current round (双测评 takes two)
 * @param lookBack           B-class and not yet solved: on the 回头看 list
 */
public record Suggestion(long id, String ledgerNo, SuggestionKind kind, Category category, String title,
        String content, SuggestionState state, long regionId, long handlingRegionId, RouteTier routeTier,
        List<Long> deputyIds, Long stationId, List<Long> opinionIds, Long leadUnitId, List<Long> coUnitIds,
        Long preLeadUnitId, List<Long> preCoUnitIds, LocalDate deadline, ClockRule deadlineRule,
        boolean overdue, Integer extensionDays, String extensionReason, ResultClass resultClass,
        String replyText, Instant repliedAt, Rating rating, int ratings, boolean supervised,
        boolean overdueEscalated, String explanation, boolean lookBack, boolean solved, Long mergedIntoId,
        Instant createdAt, Instant updatedAt, Instant closedAt) {

    public Suggestion {
        deputyIds = List.copyOf(deputyIds);
        opinionIds = List.copyOf(opinionIds);
        coUnitIds = List.copyOf(coUnitIds);
        preCoUnitIds = List.copyOf(preCoUnitIds);
    }
}
