package org.lianxin.practice.litigation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.lianxin.api.ConflictException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.practice.litigation.internal.jpa.ClueEntity;
import org.lianxin.practice.litigation.internal.jpa.OutboxEntity;
import org.lianxin.practice.litigation.internal.jpa.ProcuratorialEntity;
import org.lianxin.practice.litigation.internal.model.AcceptInput;
import org.lianxin.practice.litigation.internal.model.Clue;
import org.lianxin.practice.litigation.internal.model.ClueAction;
import org.lianxin.practice.litigation.internal.model.ClueInput;
import org.lianxin.practice.litigation.internal.model.ClueStatus;
import org.lianxin.practice.litigation.internal.model.DeclineInput;
import org.lianxin.practice.litigation.internal.model.Links;
import org.lianxin.practice.litigation.internal.model.LitigationInput;
import org.lianxin.practice.litigation.internal.model.OutboxKind;
import org.lianxin.practice.litigation.internal.model.OutcomeInput;
import org.lianxin.practice.litigation.internal.model.PreLitigationInput;
import org.lianxin.practice.support.PracticeScope;
import org.lianxin.practice.support.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Clues from deputy suggestions to the procuratorate, their life, and the links of a suggestion. */
@Component(service = Clues.class)
public class Clues {
    private final LitigationTx tx;
    private final Scope scope;
    private final SuggestionService suggestions;

    @Activate
    public Clues(@Reference LitigationTx tx, @Reference Scope scope, @Reference SuggestionService suggestions) {
        this.tx = tx;
        this.scope = scope;
        this.suggestions = suggestions;
    }

    /** Transfers the suggestion as a clue, once; the hand-off to the procuratorate is queued in the same commit. */
    public Clue transfer(ClueInput in, String actor) {
        Texts.present(in, "body");
        long suggestionId = Texts.present(in.suggestionId(), "suggestionId");
        Texts.present(in.harm(), "harm");
        String note = Texts.optional(in.note(), "note", 2000);
        Suggestion s;
        try {
            s = suggestions.get(suggestionId);
        } catch (NotFoundException e) {
            throw new ValidationException("suggestionId", "suggestion " + suggestionId + " does not exist");
        }
        String path = scope.requireActive(s.regionId());
        return tx.write(em -> {
            List<Long> existing = em.createQuery("SELECT c.id FROM ClueEntity c WHERE c.suggestionId = :s", Long.class)
                    .setParameter("s", suggestionId).getResultList();
            if (!existing.isEmpty()) {
                throw new ConflictException("suggestion " + suggestionId + " was transferred already as clue "
                        + existing.get(0));
            }
            ClueEntity c = new ClueEntity();
            c.suggestionId = suggestionId;
            c.regionId = s.regionId();
            c.regionPath = path;
            c.harm = in.harm().name();
            c.note = note;
            c.status = ClueStatus.TRANSFERRED.name();
            c.createdBy = actor;
            c.createdAt = LitigationMapper.now();
            c.updatedAt = c.createdAt;
            em.persist(c);
            em.flush();
            OutboxEntity o = OutboxRules.queue(OutboxKind.CLUE_TO_PROCURATORATE, c.regionId, path, actor, c.createdAt);
            o.clueId = c.id;
            em.persist(o);
            return LitigationMapper.clue(c);
        });
    }

    public Clue get(long id) {
        return tx.read(em -> LitigationMapper.clue(find(em, id)));
    }

    public Page<Clue> list(Long regionId, ClueStatus status, PageRequest page) {
        List<String> paths = scope.listPaths(regionId);
        String jpql = " FROM ClueEntity c WHERE " + PracticeScope.under("c", paths)
                + (status == null ? "" : " AND c.status = :status");
        return tx.read(em -> {
            TypedQuery<Long> count = PracticeScope.bind(em.createQuery("SELECT COUNT(c)" + jpql, Long.class), paths);
            TypedQuery<ClueEntity> rows = PracticeScope.bind(
                    em.createQuery("SELECT c" + jpql + " ORDER BY c.id DESC", ClueEntity.class), paths);
            if (status != null) {
                count.setParameter("status", status.name());
                rows.setParameter("status", status.name());
            }
            List<Clue> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(LitigationMapper::clue).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    public Clue accept(long id, AcceptInput in, String actor) {
        Texts.present(in, "body");
        String procuratorate = Texts.required(in.procuratorate(), "procuratorate", Texts.SHORT);
        String caseNo = Texts.required(in.caseNo(), "caseNo", Texts.NAME);
        LocalDate on = date(in.on(), "on");
        return move(id, ClueAction.ACCEPT, c -> {
            if (c.handedOverAt == null) {
                throw new ConflictException("clue " + id + " has not been handed over to the procuratorate yet"
                        + " (its outbox row is pending; see outbox?status=PENDING)");
            }
            c.procuratorate = procuratorate;
            c.caseNo = caseNo;
            c.acceptedOn = on;
        });
    }

    public Clue preLitigation(long id, PreLitigationInput in, String actor) {
        Texts.present(in, "body");
        String addressee = Texts.required(in.addressee(), "addressee", Texts.SHORT);
        String content = Texts.required(in.content(), "content", Texts.LONG);
        LocalDate on = date(in.on(), "on");
        return move(id, ClueAction.PRE_LITIGATION, c -> {
            notBefore(on, c.acceptedOn, "the clue was accepted");
            c.addressee = addressee;
            c.suggestionContent = content;
            c.suggestionIssuedOn = on;
        });
    }

    public Clue rectified(long id, OutcomeInput in, String actor) {
        return conclude(id, ClueAction.RECTIFIED, in);
    }

    public Clue litigation(long id, LitigationInput in, String actor) {
        Texts.present(in, "body");
        String court = Texts.required(in.court(), "court", Texts.SHORT);
        LocalDate on = date(in.on(), "on");
        return move(id, ClueAction.LITIGATION, c -> {
            notBefore(on, c.suggestionIssuedOn, "the pre-litigation suggestion was issued");
            c.court = court;
            c.filedOn = on;
        });
    }

    public Clue judged(long id, OutcomeInput in, String actor) {
        return conclude(id, ClueAction.JUDGED, in);
    }

    public Clue decline(long id, DeclineInput in, String actor) {
        Texts.present(in, "body");
        String reason = Texts.required(in.reason(), "reason", 1000);
        return move(id, ClueAction.DECLINE, c -> {
            c.declineReason = reason;
            c.concludedOn = LocalDate.now();
        });
    }

    /** The clue a suggestion became and the procuratorial suggestion it came from, as far as they are visible. */
    public Links links(long suggestionId) {
        return tx.read(em -> new Links(suggestionId,
                em.createQuery("SELECT c FROM ClueEntity c WHERE c.suggestionId = :s ORDER BY c.id", ClueEntity.class)
                        .setParameter("s", suggestionId).getResultList().stream()
                        .filter(c -> scope.isActive(c.regionId)).map(LitigationMapper::clue).toList(),
                em.createQuery("SELECT p FROM ProcuratorialEntity p WHERE p.suggestionId = :s ORDER BY p.id",
                        ProcuratorialEntity.class).setParameter("s", suggestionId).getResultList().stream()
                        .filter(p -> scope.isActive(p.regionId)).map(LitigationMapper::procuratorial).toList()));
    }

    private Clue conclude(long id, ClueAction action, OutcomeInput in) {
        Texts.present(in, "body");
        String outcome = Texts.required(in.outcome(), "outcome", 2000);
        BigDecimal amount = amount(in.amountRecovered());
        LocalDate on = date(in.on(), "on");
        return move(id, action, c -> {
            notBefore(on, action == ClueAction.JUDGED ? c.filedOn : c.suggestionIssuedOn,
                    action == ClueAction.JUDGED ? "the case was filed" : "the pre-litigation suggestion was issued");
            c.outcome = outcome;
            c.amountRecovered = amount;
            c.concludedOn = on;
        });
    }

    private Clue move(long id, ClueAction action, Consumer<ClueEntity> change) {
        return tx.write(em -> {
            ClueEntity c = find(em, id);
            scope.requireActive(c.regionId);
            ClueStatus next = ClueFlow.next(id, ClueStatus.valueOf(c.status), action);
            change.accept(c);
            c.status = next.name();
            c.updatedAt = LitigationMapper.now();
            return LitigationMapper.clue(c);
        });
    }

    ClueEntity find(EntityManager em, long id) {
        ClueEntity c = em.find(ClueEntity.class, id);
        return scope.visible(c, row -> row.regionId, "clue", id);
    }

    static BigDecimal amount(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(new BigDecimal("1000000000000")) >= 0) {
            throw new ValidationException("amountRecovered", "must be between 0 and 999999999999.99 yuan");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new ValidationException("amountRecovered", "has more than 2 decimals (yuan and fen)");
        }
        return value.setScale(2);
    }

    static LocalDate date(LocalDate on, String field) {
        LocalDate d = on == null ? LocalDate.now() : on;
        if (d.isAfter(LocalDate.now())) {
            throw new ValidationException(field, "is in the future");
        }
        return d;
    }

    private static void notBefore(LocalDate on, LocalDate earlier, String what) {
        if (earlier != null && on.isBefore(earlier)) {
            throw new ValidationException("on", "is before the date " + what + " (" + earlier + ")");
        }
    }
}
