package org.lianxin.core.internal.duty;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.DutySource;
import org.lianxin.api.dto.DutyStatus;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.core.internal.jpa.DeputyEntity;
import org.lianxin.core.internal.jpa.DutyRecordEntity;

/**
 * Duty records the system writes from what it already knows, in the transaction of the change that earns them,
 * so they are never lost, never typed twice, and never written twice (one per deputy and source reference).
 */
public final class AutoDuties {
    static final String SYSTEM = "system";

    private AutoDuties() {
    }

    /** What a lifecycle step earns the suggestion's deputies, if anything. */
    static DutyKind earned(LifecycleAction action, SuggestionState to, String resultClass) {
        return switch (action) {
            case REGISTER, FORMALIZE -> DutyKind.SUGGESTION_RAISED;
            // the problem is solved: an A-class reply the deputy accepted, or a B-class item solved later
            case EVALUATE -> to == SuggestionState.COMPLETED && "A".equals(resultClass) ? DutyKind.PROBLEM_RESOLVED
                    : null;
            case MARK_SOLVED -> DutyKind.PROBLEM_RESOLVED;
            default -> null;
        };
    }

    /** The reference that keeps one record per deputy for what a suggestion earned. */
    static String suggestionRef(DutyKind kind, long suggestionId) {
        return (kind == DutyKind.SUGGESTION_RAISED ? "suggestion:" : "resolved:") + suggestionId;
    }

    /** One reception record per deputy, station and day, however many opinions were taken. */
    static String receptionRef(long stationId, LocalDate day) {
        return "reception:" + stationId + ":" + day;
    }

    /** Records what a lifecycle step of a suggestion earned its deputies. */
    public static void onSuggestionStep(EntityManager em, long suggestionId, String ledgerNo, String title,
            List<Long> deputyIds, LifecycleAction action, SuggestionState to, String resultClass, LocalDate today) {
        DutyKind kind = earned(action, to, resultClass);
        if (kind == null) {
            return;
        }
        String evidence = (kind == DutyKind.SUGGESTION_RAISED ? "提出建议 " : "建议办结,问题解决 ")
                + (ledgerNo == null ? "#" + suggestionId : ledgerNo) + "《" + title + "》";
        for (Long deputyId : deputyIds) {
            write(em, deputyId, kind, today, null, null, evidence, suggestionRef(kind, suggestionId));
        }
    }

    /** Records a deputy's reception at a station when an opinion taken there names the deputy. */
    public static void onReception(EntityManager em, long deputyId, long stationId, String stationName,
            String receiptNo, LocalDate today) {
        write(em, deputyId, DutyKind.RECEPTION, today, stationName, stationId, "接待选民,收集意见 " + receiptNo,
                receptionRef(stationId, today));
    }

    /** Writes an approved record unless the deputy already has one for {@code sourceRef}; returns it either way. */
    static DutyRecordEntity write(EntityManager em, long deputyId, DutyKind kind, LocalDate date, String place,
            Long stationId, String evidence, String sourceRef) {
        return once(em, em.find(DeputyEntity.class, deputyId), new DutyFacts(kind, date, place, stationId, null,
                evidence), sourceRef, SYSTEM);
    }

    /** An approved automatic record, written once per deputy and {@code sourceRef}. */
    static DutyRecordEntity once(EntityManager em, DeputyEntity deputy, DutyFacts facts, String sourceRef,
            String actor) {
        return once(em, deputy, facts, null, sourceRef, actor);
    }

    static DutyRecordEntity once(EntityManager em, DeputyEntity deputy, DutyFacts facts, String variant,
            String sourceRef, String actor) {
        DutyRecordEntity existing = bySource(em, deputy.id, sourceRef);
        if (existing != null) {
            return existing;
        }
        DutyRecordEntity r = DutyServiceImpl.newRecord(em, deputy, facts, DutySource.AUTOMATIC, sourceRef,
                DutyStatus.APPROVED, actor);
        r.variant = variant;
        return r;
    }

    static DutyRecordEntity bySource(EntityManager em, long deputyId, String sourceRef) {
        return em.createQuery("SELECT r FROM DutyRecordEntity r WHERE r.deputyId = :d AND r.sourceRef = :s",
                DutyRecordEntity.class).setParameter("d", deputyId).setParameter("s", sourceRef).getResultList()
                .stream().findFirst().orElse(null);
    }
}
