package org.lianxin.practice.studio.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DutyService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.OpinionService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.DutyRecordInput;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Opinion;
import org.lianxin.api.dto.OpinionInput;
import org.lianxin.api.dto.OpinionSource;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.practice.studio.internal.jpa.ConsultationEntity;
import org.lianxin.practice.studio.internal.jpa.StudioEntity;
import org.lianxin.practice.studio.internal.jpa.StudioEventEntity;
import org.lianxin.practice.studio.internal.jpa.StudioOpinionEntity;
import org.lianxin.practice.studio.internal.model.AnswerInput;
import org.lianxin.practice.studio.internal.model.Consultation;
import org.lianxin.practice.studio.internal.model.ConsultationInput;
import org.lianxin.practice.studio.internal.model.OpinionOutcome;
import org.lianxin.practice.studio.internal.model.PromoteInput;
import org.lianxin.practice.studio.internal.model.StudioEvent;
import org.lianxin.practice.studio.internal.model.StudioEventInput;
import org.lianxin.practice.studio.internal.model.StudioOpinion;
import org.lianxin.practice.studio.internal.model.StudioOpinionInput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.lianxin.practice.support.Texts;

/**
 * What a studio does: answers consultations, collects opinions that enter core's flow, holds events. Members'
 * answers and event attendance become verified duty records in core (they count in scores); each is written in the
 * same transaction as the studio row it comes from, once per source.
 */
@Component(service = StudioWork.class)
public class StudioWork {
    private final StudioTx tx;
    private final Studios studios;
    private final Scope scope;
    private final OpinionService opinions;
    private final DutyService duties;

    @Activate
    public StudioWork(@Reference StudioTx tx, @Reference Studios studios, @Reference Scope scope,
            @Reference OpinionService opinions, @Reference DutyService duties) {
        this.tx = tx;
        this.studios = studios;
        this.scope = scope;
        this.opinions = opinions;
        this.duties = duties;
    }

    // --- consultations ---------------------------------------------------------------------------------

    public Consultation ask(long studioId, ConsultationInput in, String actor) {
        String asker = Texts.required(in.asker(), "asker", Texts.NAME);
        String question = Texts.required(in.question(), "question", 2000);
        return tx.write(em -> {
            scope.requireActive(studios.find(em, studioId).regionId);
            ConsultationEntity c = new ConsultationEntity();
            c.studioId = studioId;
            c.asker = asker;
            c.question = question;
            c.askedOn = in.askedOn() == null ? LocalDate.now() : in.askedOn();
            em.persist(c);
            em.flush();
            return StudioMapper.consultation(c);
        });
    }

    public Consultation answer(long consultationId, AnswerInput in, String actor) {
        long deputyId = Texts.present(in.deputyId(), "deputyId");
        String answer = Texts.required(in.answer(), "answer", Texts.LONG);
        return tx.write(em -> {
            ConsultationEntity c = em.find(ConsultationEntity.class, consultationId);
            if (c == null) {
                throw new NotFoundException("consultation", consultationId);
            }
            StudioEntity s = studios.find(em, c.studioId);
            scope.requireActive(s.regionId);
            if (c.answer != null) {
                throw new ConflictException("consultation " + consultationId + " was answered on " + c.answeredOn);
            }
            requireMember(em, s, deputyId);
            c.answer = answer;
            c.answeredBy = deputyId;
            c.answeredOn = in.answeredOn() == null ? LocalDate.now() : in.answeredOn();
            if (c.answeredOn.isBefore(c.askedOn)) {
                throw new ValidationException("answeredOn", "is before the question was asked (" + c.askedOn + ")");
            }
            c.dutyRecordId = duties.recordVerified(new DutyRecordInput(deputyId, DutyKind.RECEPTION, c.answeredOn,
                    s.name, s.stationId, c.asker, "专业代表工作室解答咨询 #" + c.id), "studio-consultation:" + c.id,
                    actor).id();
            return StudioMapper.consultation(c);
        });
    }

    public Page<Consultation> consultations(long studioId, Boolean answered, PageRequest page) {
        return tx.read(em -> {
            studios.find(em, studioId);
            String where = " WHERE c.studioId = :s" + (answered == null ? ""
                    : answered ? " AND c.answer IS NOT NULL" : " AND c.answer IS NULL");
            long total = em.createQuery("SELECT COUNT(c) FROM ConsultationEntity c" + where, Long.class)
                    .setParameter("s", studioId).getSingleResult();
            List<Consultation> items = page(em.createQuery("SELECT c FROM ConsultationEntity c" + where
                    + " ORDER BY c.askedOn DESC, c.id DESC", ConsultationEntity.class).setParameter("s", studioId), page)
                    .stream().map(StudioMapper::consultation).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    // --- opinions --------------------------------------------------------------------------------------

    /** The opinion goes into core's register of public opinions (with a receipt number) as the studio keeps it. */
    public StudioOpinion collect(long studioId, StudioOpinionInput in, String actor) {
        long deputyId = Texts.present(in.deputyId(), "deputyId");
        String content = Texts.required(in.content(), "content", Texts.LONG);
        return tx.write(em -> {
            StudioEntity s = studios.find(em, studioId);
            scope.requireActive(s.regionId);
            requireMember(em, s, deputyId);
            Opinion o = opinions.record(new OpinionInput(OpinionSource.DEPUTY, s.regionId, s.stationId, deputyId,
                    content, Texts.optional(in.submitterName(), "submitterName", Texts.NAME),
                    Texts.optional(in.submitterContact(), "submitterContact", Texts.NAME)));
            StudioOpinionEntity e = new StudioOpinionEntity();
            e.studioId = studioId;
            e.deputyId = deputyId;
            e.receivedOn = in.receivedOn() == null ? LocalDate.now() : in.receivedOn();
            e.content = content;
            e.opinionId = o.id();
            e.receiptNo = o.receiptNo();
            e.outcome = OpinionOutcome.PENDING.name();
            em.persist(e);
            em.flush();
            return StudioMapper.opinion(e);
        });
    }

    /** Raises the opinion as a suggestion of the deputy who took it; its outcome then follows the suggestion. */
    public StudioOpinion promote(long studioOpinionId, PromoteInput in, String actor) {
        String title = Texts.required(in.title(), "title", Texts.SHORT);
        return tx.write(em -> {
            StudioOpinionEntity e = opinion(em, studioOpinionId);
            StudioEntity s = studios.find(em, e.studioId);
            scope.requireActive(s.regionId);
            if (e.suggestionId != null) {
                throw new ConflictException("opinion " + studioOpinionId + " became suggestion " + e.suggestionId
                        + " already");
            }
            Suggestion sg = opinions.promote(e.opinionId, new NewSuggestion(
                    in.kind() == null ? SuggestionKind.INTER_SESSION_OPINION : in.kind(), s.regionId,
                    Texts.present(in.category(), "category"), title, e.content, List.of(e.deputyId), s.stationId,
                    List.of(e.opinionId)), actor);
            e.suggestionId = sg.id();
            return StudioMapper.opinion(e);
        });
    }

    /** Staff's verdict on an opinion settled without a suggestion; one that became a suggestion follows it. */
    public StudioOpinion settle(long studioOpinionId, OpinionOutcome outcome, String actor) {
        Texts.present(outcome, "outcome");
        return tx.write(em -> {
            StudioOpinionEntity e = opinion(em, studioOpinionId);
            scope.requireActive(studios.find(em, e.studioId).regionId);
            if (e.suggestionId != null) {
                throw new ConflictException("opinion " + studioOpinionId + " follows suggestion " + e.suggestionId
                        + ": its outcome comes from the suggestion's result");
            }
            e.outcome = outcome.name();
            return StudioMapper.opinion(e);
        });
    }

    public Page<StudioOpinion> opinions(long studioId, OpinionOutcome outcome, PageRequest page) {
        return tx.read(em -> {
            studios.find(em, studioId);
            String where = " WHERE o.studioId = :s" + (outcome == null ? "" : " AND o.outcome = :o");
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM StudioOpinionEntity o" + where, Long.class)
                    .setParameter("s", studioId);
            TypedQuery<StudioOpinionEntity> q = em.createQuery("SELECT o FROM StudioOpinionEntity o" + where
                    + " ORDER BY o.receivedOn DESC, o.id DESC", StudioOpinionEntity.class).setParameter("s", studioId);
            if (outcome != null) {
                count.setParameter("o", outcome.name());
                q.setParameter("o", outcome.name());
            }
            return new Page<>(page(q, page).stream().map(StudioMapper::opinion).toList(), count.getSingleResult(),
                    page.offset(), page.limit());
        });
    }

    // --- events ----------------------------------------------------------------------------------------

    public StudioEvent hold(long studioId, StudioEventInput in, String actor) {
        String title = Texts.required(in.title(), "title", Texts.SHORT);
        LocalDate heldOn = Texts.present(in.heldOn(), "heldOn");
        // no null id: it failed the transaction with a NullPointerException, a 500 (found by FuzzIT)
        Set<Long> deputyIds = new LinkedHashSet<>(Texts.ids(in.deputyIds(), "deputyIds"));
        if (deputyIds.size() > 100) {
            throw new ValidationException("deputyIds", "at most 100 deputies per event");
        }
        return tx.write(em -> {
            StudioEntity s = studios.find(em, studioId);
            scope.requireActive(s.regionId);
            deputyIds.forEach(d -> requireMember(em, s, d));
            StudioEventEntity e = new StudioEventEntity();
            e.studioId = studioId;
            e.kind = Texts.present(in.kind(), "kind").name();
            e.title = title;
            e.heldOn = heldOn;
            e.sessions = Math.max(1, Texts.count(in.sessions(), "sessions"));
            e.attendance = Texts.count(in.attendance(), "attendance");
            e.viewers = Texts.count(in.viewers(), "viewers");
            e.deputyIds = deputyIds.stream().map(String::valueOf).collect(Collectors.joining(","));
            e.createdBy = actor;
            em.persist(e);
            em.flush();
            for (long d : deputyIds) {
                duties.recordVerified(new DutyRecordInput(d, DutyKind.GROUP_ACTIVITY, heldOn, s.name, s.stationId,
                        null, "专业代表工作室活动: " + title), "studio-event:" + e.id, actor);
            }
            return StudioMapper.event(e);
        });
    }

    public Page<StudioEvent> events(long studioId, PageRequest page) {
        return tx.read(em -> {
            studios.find(em, studioId);
            long total = em.createQuery("SELECT COUNT(e) FROM StudioEventEntity e WHERE e.studioId = :s", Long.class)
                    .setParameter("s", studioId).getSingleResult();
            List<StudioEvent> items = page(em.createQuery("SELECT e FROM StudioEventEntity e WHERE e.studioId = :s"
                    + " ORDER BY e.heldOn DESC, e.id DESC", StudioEventEntity.class).setParameter("s", studioId), page)
                    .stream().map(StudioMapper::event).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    private void requireMember(EntityManager em, StudioEntity s, long deputyId) {
        if (!studios.isMember(em, s.id, deputyId)) {
            throw new ValidationException("deputyId", "deputy " + deputyId + " is not a member of " + s.name);
        }
    }

    private static StudioOpinionEntity opinion(EntityManager em, long id) {
        StudioOpinionEntity e = em.find(StudioOpinionEntity.class, id);
        if (e == null) {
            throw new NotFoundException("studio opinion", id);
        }
        return e;
    }

    private static <T> List<T> page(TypedQuery<T> q, PageRequest page) {
        return q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }
}
