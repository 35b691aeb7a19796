package org.lianxin.practice.studio.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.lianxin.api.RegionService;
import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.practice.studio.internal.model.StudioStats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The studios' figures for a region's subtree or one studio, counted in the database: consultations answered
 * (the seed's 1269), opinions collected and the share implemented (its 82%), events with sessions and viewers.
 */
@Component(service = StudioFigures.class)
public class StudioFigures {
    private final StudioTx tx;
    private final RegionService regions;
    private final Studios studios;

    @Activate
    public StudioFigures(@Reference StudioTx tx, @Reference RegionService regions, @Reference Studios studios) {
        this.tx = tx;
        this.regions = regions;
        this.studios = studios;
    }

    /** For a region's subtree and a year (null: all years). */
    public StudioStats region(long regionId, Integer year) {
        String path = Scope.path(regions.ancestry(regionId)) + "%";
        return tx.read(em -> stats(em, "s.regionPath LIKE :scope", path, year));
    }

    public StudioStats studio(long studioId, Integer year) {
        return tx.read(em -> {
            studios.find(em, studioId);
            return stats(em, "s.id = :scope", studioId, year);
        });
    }

    private static StudioStats stats(EntityManager em, String scope, Object value, Integer year) {
        LocalDate from = year == null ? LocalDate.of(1949, 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? LocalDate.of(9999, 1, 1) : LocalDate.of(year + 1, 1, 1);
        String studio = " FROM StudioEntity s WHERE " + scope;
        long count = one(em, "SELECT COUNT(s)" + studio, value, null, null);
        long compliant = one(em, "SELECT COUNT(s)" + studio + " AND (SELECT COUNT(e) FROM StandardEntity e"
                + " WHERE e.studioId = s.id) = 8", value, null, null);
        long members = one(em, "SELECT COUNT(m) FROM MemberEntity m, StudioEntity s WHERE m.studioId = s.id AND "
                + scope, value, null, null);
        String cons = " FROM ConsultationEntity c, StudioEntity s WHERE c.studioId = s.id AND " + scope
                + " AND c.askedOn >= :from AND c.askedOn < :to";
        long consultations = one(em, "SELECT COUNT(c)" + cons, value, from, to);
        long answered = one(em, "SELECT COUNT(c)" + cons + " AND c.answer IS NOT NULL", value, from, to);
        String op = " FROM StudioOpinionEntity o, StudioEntity s WHERE o.studioId = s.id AND " + scope
                + " AND o.receivedOn >= :from AND o.receivedOn < :to";
        long opinions = one(em, "SELECT COUNT(o)" + op, value, from, to);
        long implemented = one(em, "SELECT COUNT(o)" + op + " AND o.outcome = 'IMPLEMENTED'", value, from, to);
        String ev = " FROM StudioEventEntity e, StudioEntity s WHERE e.studioId = s.id AND " + scope
                + " AND e.heldOn >= :from AND e.heldOn < :to";
        long events = one(em, "SELECT COUNT(e)" + ev, value, from, to);
        long sessions = one(em, "SELECT SUM(e.sessions)" + ev, value, from, to);
        long attendance = one(em, "SELECT SUM(e.attendance)" + ev, value, from, to);
        long viewers = one(em, "SELECT SUM(e.viewers)" + ev, value, from, to);
        BigDecimal share = opinions == 0 ? null
                : BigDecimal.valueOf(implemented * 100L).divide(BigDecimal.valueOf(opinions), 2, RoundingMode.HALF_UP);
        return new StudioStats(count, compliant, members, consultations, answered, opinions, implemented, share,
                events, sessions, attendance, viewers);
    }

    private static long one(EntityManager em, String jpql, Object scope, LocalDate from, LocalDate to) {
        TypedQuery<Number> q = em.createQuery(jpql, Number.class).setParameter("scope", scope);
        if (from != null) {
            q.setParameter("from", from).setParameter("to", to);
        }
        Number n = q.getSingleResult();
        return n == null ? 0 : n.longValue();
    }

    /** The figures core shows beside its statistics. */
    static List<PracticeFigure> figures(StudioStats s) {
        return List.of(
                PracticeFigure.count("studios", "工作室", "Studios", s.studios()),
                PracticeFigure.count("compliant", "八有达标工作室", "Studios meeting all eight standards", s.compliant()),
                PracticeFigure.count("members", "入驻代表", "Member deputies", s.members()),
                PracticeFigure.count("consultationsAnswered", "解答咨询", "Consultations answered", s.answered()),
                PracticeFigure.count("opinions", "收集意见建议", "Opinions collected", s.opinions()),
                PracticeFigure.count("implemented", "已落实", "Implemented", s.implemented()),
                new PracticeFigure("implementedShare", "落实率", "Share implemented", s.implementedShare(), "%"),
                PracticeFigure.count("events", "活动", "Events", s.events()),
                PracticeFigure.count("viewers", "观看人次", "Viewers", s.viewers()));
    }
}
