package org.lianxin.practice.petition.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.practice.petition.internal.model.PetitionStats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The petition figures of a region's subtree, for the petitions received in a year (or all years), counted in the
 * database. The formulas are {@link PetitionStats}'s.
 */
@Component(service = PetitionFigures.class)
public class PetitionFigures {
    private final PetitionTx tx;
    private final Scope scope;

    @Activate
    public PetitionFigures(@Reference PetitionTx tx, @Reference Scope scope) {
        this.tx = tx;
        this.scope = scope;
    }

    /**
     * For a region's subtree: petitions exist only where the practice is active, so a city's figures are those of
     * its active districts.
     */
    public PetitionStats region(long regionId, Integer year) {
        String path = scope.subtreePath(regionId) + "%";
        LocalDate from = year == null ? LocalDate.of(1949, 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? LocalDate.of(9999, 1, 1) : LocalDate.of(year + 1, 1, 1);
        return tx.read(em -> {
            Counter c = new Counter(em, path, from, to);
            return stats(c.count(""), c.count(" AND p.status IN ('REGISTERED', 'IN_PROGRESS', 'UNRESOLVED')"),
                    c.count(" AND p.status IN ('REGISTERED', 'IN_PROGRESS', 'UNRESOLVED') AND p.riskLevel = 'HIGH'"),
                    c.count(" AND p.conclusion = 'RESOLVED'"), c.count(" AND p.conclusion = 'UNRESOLVED'"),
                    c.count(" AND p.followUpOn IS NOT NULL"), c.count(" AND p.followUpSatisfied = 1"),
                    c.count(" AND p.status = 'CLOSED'"), c.count(" AND p.suggestionId IS NOT NULL"));
        });
    }

    private record Counter(EntityManager em, String path, LocalDate from, LocalDate to) {
        long count(String condition) {
            return em.createQuery("SELECT COUNT(p) FROM PetitionEntity p WHERE p.regionPath LIKE :path"
                    + " AND p.receivedOn >= :from AND p.receivedOn < :to" + condition, Long.class)
                    .setParameter("path", path).setParameter("from", from).setParameter("to", to).getSingleResult();
        }
    }

    /** The figures from the counts: resolution rate over the concluded, satisfaction over the follow-ups. */
    static PetitionStats stats(long takenOn, long open, long openHighRisk, long resolved, long unresolved,
            long followUps, long satisfied, long closed, long suggestions) {
        long concluded = resolved + unresolved;
        return new PetitionStats(takenOn, open, openHighRisk, concluded, resolved, unresolved,
                percent(resolved, concluded), followUps, satisfied, percent(satisfied, followUps), closed,
                suggestions);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The figures core shows beside its statistics. */
    static List<PracticeFigure> figures(PetitionStats s) {
        return List.of(
                PracticeFigure.count("petitions", "代办信访件", "Petitions taken on", s.takenOn()),
                PracticeFigure.count("resolved", "已化解", "Resolved", s.resolved()),
                new PracticeFigure("resolutionRate", "化解率", "Resolution rate (of concluded)", s.resolutionRate(),
                        "%"),
                PracticeFigure.count("openHighRisk", "高风险在办", "Open high-risk petitions", s.openHighRisk()),
                PracticeFigure.count("suggestions", "转为代表建议", "Turned into suggestions", s.suggestions()),
                new PracticeFigure("satisfiedShare", "回访满意率", "Follow-ups satisfied", s.satisfiedShare(), "%"));
    }
}
