package org.lianxin.practice.council.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.practice.council.internal.jpa.CouncilEntity;
import org.lianxin.practice.council.internal.model.Compliance;
import org.lianxin.practice.council.internal.model.ComplianceFlag;
import org.lianxin.practice.council.internal.model.CouncilStats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The council figures of a region's subtree for a year (default this year): councils and their standing (MET, DUE,
 * MISSED), current representatives, meetings held (REGULAR and EXTRA, with minutes), councils whose report of the
 * street office was heard; the councils MISSED in the year before (or in the year asked, when it is past); items
 * selected in the year, raised as suggestions or handed to the street office, evaluated, and the satisfaction rate
 * ((satisfied + basically satisfied) / evaluated); open days.
 */
@Component(service = CouncilFigures.class)
public class CouncilFigures {
    private final CouncilTx tx;
    private final Scope scope;

    @Activate
    public CouncilFigures(@Reference CouncilTx tx, @Reference Scope scope) {
        this.tx = tx;
        this.scope = scope;
    }

    public CouncilStats region(long regionId, Integer year) {
        int y = Councils.year(year);
        int current = LocalDate.now().getYear();
        int missedYear = y < current ? y : current - 1;
        String path = scope.subtreePath(regionId) + "%";
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = LocalDate.of(y, 12, 31);
        return tx.read(em -> {
            List<CouncilEntity> councils = em.createQuery("SELECT c FROM CouncilEntity c WHERE c.regionPath LIKE :p",
                    CouncilEntity.class).setParameter("p", path).getResultList();
            Map<Long, Compliance> standing = Councils.compliance(em, councils, y);
            Map<Long, Compliance> before = Councils.compliance(em, councils, missedYear);
            long met = 0;
            long due = 0;
            long missed = 0;
            long reported = 0;
            long held = 0;
            for (Compliance c : standing.values()) {
                met += c.flag() == ComplianceFlag.MET ? 1 : 0;
                due += c.flag() == ComplianceFlag.DUE ? 1 : 0;
                missed += c.flag() == ComplianceFlag.MISSED ? 1 : 0;
                reported += c.reportHeard() ? 1 : 0;
                held += c.held() + c.extraHeld();
            }
            long missedBefore = before.values().stream().filter(c -> c.flag() == ComplianceFlag.MISSED).count();
            long reps = Councils.currentCounts(em, councils.stream().map(c -> c.id).toList()).values().stream()
                    .mapToLong(Integer::longValue).sum();
            String items = " FROM ItemEntity i, CouncilEntity c WHERE i.councilId = c.id AND c.regionPath LIKE :p"
                    + " AND i.selectedOn >= :from AND i.selectedOn <= :to";
            long selected = count(em, "SELECT COUNT(i)" + items, path, from, to);
            long raised = count(em, "SELECT COUNT(i)" + items + " AND i.route = 'SUGGESTION'", path, from, to);
            long office = count(em, "SELECT COUNT(i)" + items + " AND i.route = 'STREET_OFFICE'", path, from, to);
            long evaluated = count(em, "SELECT COUNT(i)" + items + " AND i.rating IS NOT NULL", path, from, to);
            long content = count(em, "SELECT COUNT(i)" + items + " AND i.rating IN ('SATISFIED', 'BASICALLY_SATISFIED')",
                    path, from, to);
            long openDays = count(em, "SELECT COUNT(o) FROM OpenDayEntity o, CouncilEntity c WHERE o.councilId = c.id"
                    + " AND c.regionPath LIKE :p AND o.heldOn >= :from AND o.heldOn <= :to", path, from, to);
            return new CouncilStats(y, councils.size(), reps, held, met, due, missed, reported, missedYear,
                    missedBefore, selected, raised, office, evaluated, percent(content, evaluated), openDays);
        });
    }

    private static long count(javax.persistence.EntityManager em, String jpql, String path, LocalDate from,
            LocalDate to) {
        return em.createQuery(jpql, Long.class).setParameter("p", path).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
    }

    /** {@code part} of {@code whole} in %, two decimals; null when {@code whole} is 0. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The figures core shows beside its statistics. */
    static List<PracticeFigure> figures(CouncilStats s) {
        return List.of(
                PracticeFigure.count("councils", "选民议政会", "Voter deliberation councils", s.councils()),
                PracticeFigure.count("representatives", "选民代表", "Voter representatives", s.representatives()),
                PracticeFigure.count("meetingsHeld", s.year() + "年召开议政会", "Meetings held in " + s.year(),
                        s.meetingsHeld()),
                PracticeFigure.count("councilsMet", s.year() + "年已达每年两次", "Councils with two meetings in "
                        + s.year(), s.met()),
                PracticeFigure.count("councilsMissed", s.missedYear() + "年未达每年两次", "Councils that missed two"
                        + " meetings in " + s.missedYear(), s.missedLastYear()),
                PracticeFigure.count("items", "选定议政事项", "Items selected", s.items()),
                PracticeFigure.count("itemsAsSuggestions", "转为代表建议", "Raised as suggestions",
                        s.itemsAsSuggestions()),
                new PracticeFigure("satisfactionRate", "评议满意率", "Satisfaction (satisfied + basically)",
                        s.satisfactionRate(), "%"),
                PracticeFigure.count("openDays", "开放日", "Open days", s.openDays()));
    }
}
