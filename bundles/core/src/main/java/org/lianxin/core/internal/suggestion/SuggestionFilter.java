package org.lianxin.core.internal.suggestion;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.api.dto.SuggestionSort;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.core.internal.directory.Regions;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Jpql;

/** Turns the ledger filters into one parameterised JPQL query in the order asked for. */
final class SuggestionFilter {
    /** The deadline is set only while a clock runs, so its nulls are the items not waiting on anyone. */
    private static final Map<SuggestionSort, String> ORDER = Map.of(
            SuggestionSort.NEWEST, "s.id DESC",
            SuggestionSort.DEADLINE, "s.deadline ASC NULLS LAST, s.updatedAt DESC, s.id DESC");

    private SuggestionFilter() {
    }

    static Jpql<SuggestionEntity> of(EntityManager em, SuggestionQuery q, LocalDate today) {
        Jpql<SuggestionEntity> j = Jpql.from(SuggestionEntity.class, "s").orderBy(ORDER.get(q.sort()));
        if (q.regionId() != null) {
            RegionEntity r = Regions.find(em, q.regionId());
            if (q.subRegions()) {
                j.where("(s.regionPath LIKE :rp OR s.handlingRegionPath LIKE :rp)", "rp", Regions.subtreePattern(r));
            } else {
                j.where("(s.regionId = :r OR s.handlingRegionId = :r)", "r", r.id);
            }
        }
        if (!q.states().isEmpty()) {
            j.where("s.state IN :states", "states", q.states().stream().map(SuggestionState::name).toList());
        }
        j.where("(s.leadUnitId = :u OR EXISTS (SELECT l FROM SuggestionUnitLink l"
                + " WHERE l.suggestionId = s.id AND l.unitId = :u))", "u", q.unitId());
        j.where("EXISTS (SELECT l FROM SuggestionDeputyLink l WHERE l.suggestionId = s.id AND l.deputyId = :d)", "d",
                q.deputyId());
        j.where("s.category = :c", "c", q.category() == null ? null : q.category().name());
        j.where("s.kind = :k", "k", q.kind() == null ? null : q.kind().name());
        if (q.overdue() != null) {
            j.where(q.overdue() ? "s.deadline < :today" : "(s.deadline IS NULL OR s.deadline >= :today)", "today",
                    today);
        }
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw new ValidationException("to", "is before from");
        }
        j.where("s.createdAt >= :from", "from", q.from() == null ? null : q.from().atStartOfDay(ZoneOffset.UTC)
                .toLocalDateTime());
        j.where("s.createdAt < :to", "to", q.to() == null ? null : q.to().plusDays(1).atStartOfDay(ZoneOffset.UTC)
                .toLocalDateTime());
        if (q.lookBack() != null) {
            j.param("completed", List.of("COMPLETED", "EXPLAINED", "CLOSED")).param("no", Boolean.FALSE);
            j.where(q.lookBack() ? "(s.resultClass = 'B' AND s.solved = :no AND s.state IN :completed)"
                    : "(s.resultClass IS NULL OR NOT (s.resultClass = 'B' AND s.solved = :no AND s.state IN :completed))");
        }
        j.where("s.supervised = :sup", "sup", q.supervised());
        String text = Check.optional(q.text(), "q", Check.TITLE);
        j.whereContains("t", text, "s.title", "s.ledgerNo");
        return j;
    }
}
