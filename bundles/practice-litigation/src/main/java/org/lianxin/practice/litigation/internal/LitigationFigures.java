package org.lianxin.practice.litigation.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.practice.litigation.internal.model.LitigationStats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The litigation figures of a region's subtree, for clues and procuratorial suggestions recorded in a year (or all
 * years), counted in the database. A stage counts when it was reached: a judged case counts as accepted, as a
 * pre-litigation suggestion and as a litigation case.
 */
@Component(service = LitigationFigures.class)
public class LitigationFigures {
    private final LitigationTx tx;
    private final Scope scope;

    @Activate
    public LitigationFigures(@Reference LitigationTx tx, @Reference Scope scope) {
        this.tx = tx;
        this.scope = scope;
    }

    public LitigationStats region(long regionId, Integer year) {
        String path = scope.subtreePath(regionId) + "%";
        LocalDateTime from = year == null ? LocalDateTime.of(1949, 1, 1, 0, 0) : LocalDateTime.of(year, 1, 1, 0, 0);
        LocalDateTime to = year == null ? LocalDateTime.of(9999, 1, 1, 0, 0) : LocalDateTime.of(year + 1, 1, 1, 0, 0);
        return tx.read(em -> {
            java.util.function.Function<String, Long> clues = cond -> em.createQuery(
                    "SELECT COUNT(c) FROM ClueEntity c WHERE c.regionPath LIKE :path AND c.createdAt >= :from"
                            + " AND c.createdAt < :to" + cond, Long.class)
                    .setParameter("path", path).setParameter("from", from).setParameter("to", to).getSingleResult();
            java.util.function.Function<String, Long> procuratorial = cond -> em.createQuery(
                    "SELECT COUNT(p) FROM ProcuratorialEntity p WHERE p.regionPath LIKE :path AND p.createdAt >= :from"
                            + " AND p.createdAt < :to" + cond, Long.class)
                    .setParameter("path", path).setParameter("from", from).setParameter("to", to).getSingleResult();
            java.util.function.Function<String, Long> outbox = status -> em.createQuery(
                    "SELECT COUNT(o) FROM OutboxEntity o WHERE o.regionPath LIKE :path AND o.status = :s", Long.class)
                    .setParameter("path", path).setParameter("s", status).getSingleResult();
            BigDecimal amount = em.createQuery("SELECT SUM(c.amountRecovered) FROM ClueEntity c WHERE"
                    + " c.regionPath LIKE :path AND c.createdAt >= :from AND c.createdAt < :to", BigDecimal.class)
                    .setParameter("path", path).setParameter("from", from).setParameter("to", to).getSingleResult();
            return new LitigationStats(clues.apply(""), clues.apply(" AND c.acceptedOn IS NOT NULL"),
                    clues.apply(" AND c.suggestionIssuedOn IS NOT NULL"), clues.apply(" AND c.status = 'RECTIFIED'"),
                    clues.apply(" AND c.filedOn IS NOT NULL"), clues.apply(" AND c.status = 'JUDGED'"),
                    clues.apply(" AND c.status = 'DECLINED'"), amount(amount), procuratorial.apply(""),
                    procuratorial.apply(" AND p.suggestionId IS NOT NULL"), outbox.apply("PENDING"),
                    outbox.apply("FAILED"));
        });
    }

    static BigDecimal amount(BigDecimal sum) {
        return (sum == null ? BigDecimal.ZERO : sum).setScale(2);
    }

    /** The figures core shows beside its statistics. */
    static List<PracticeFigure> figures(LitigationStats s) {
        return List.of(
                PracticeFigure.count("cluesTransferred", "移送公益诉讼线索", "Clues transferred", s.cluesTransferred()),
                PracticeFigure.count("accepted", "检察院受理", "Accepted by the procuratorate", s.accepted()),
                PracticeFigure.count("preLitigationSuggestions", "诉前检察建议", "Pre-litigation suggestions",
                        s.preLitigationSuggestions()),
                PracticeFigure.count("rectified", "整改到位", "Rectified", s.rectified()),
                PracticeFigure.count("litigationCases", "行政公益诉讼", "Litigation cases", s.litigationCases()),
                new PracticeFigure("amountRecovered", "挽回金额", "Amount recovered", s.amountRecovered(), "元"),
                PracticeFigure.count("procuratorialConverted", "检察建议转代表建议", "Procuratorial suggestions converted",
                        s.procuratorialConverted()),
                PracticeFigure.count("outboxFailed", "移交失败待处理", "Hand-offs failed", s.outboxFailed()));
    }
}
