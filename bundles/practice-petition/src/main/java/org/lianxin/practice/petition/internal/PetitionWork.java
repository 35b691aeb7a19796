package org.lianxin.practice.petition.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.persistence.EntityManager;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DutyService;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.DutyRecordInput;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.practice.petition.internal.jpa.PetitionEntity;
import org.lianxin.practice.petition.internal.jpa.PetitionStepEntity;
import org.lianxin.practice.petition.internal.model.FollowUpInput;
import org.lianxin.practice.petition.internal.model.OutcomeInput;
import org.lianxin.practice.petition.internal.model.Petition;
import org.lianxin.practice.petition.internal.model.PetitionAction;
import org.lianxin.practice.petition.internal.model.PetitionStatus;
import org.lianxin.practice.petition.internal.model.Step;
import org.lianxin.practice.petition.internal.model.StepInput;
import org.lianxin.practice.petition.internal.model.StepKind;
import org.lianxin.practice.petition.internal.model.SuggestionInput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.lianxin.practice.support.Texts;

/**
 * What the proxy deputy does with a petition: steps, the outcome, the follow-up, and turning a general problem into
 * a suggestion. A visit and a resolution become verified duty records of the proxy deputy in core (they count in
 * scores), written in the same transaction as the petition row they come from, once per source.
 */
@Component(service = PetitionWork.class)
public class PetitionWork {
    private final PetitionTx tx;
    private final Petitions petitions;
    private final Scope scope;
    private final DutyService duties;
    private final SuggestionService suggestions;

    @Activate
    public PetitionWork(@Reference PetitionTx tx, @Reference Petitions petitions, @Reference Scope scope,
            @Reference DutyService duties, @Reference SuggestionService suggestions) {
        this.tx = tx;
        this.petitions = petitions;
        this.scope = scope;
        this.duties = duties;
        this.suggestions = suggestions;
    }

    public Step step(long petitionId, StepInput in, String actor) {
        StepKind kind = Texts.present(in.kind(), "kind");
        if (kind == StepKind.RISK_NOTED) {
            throw new ValidationException("kind", "RISK_NOTED is written by a change of risk (PUT .../risk)");
        }
        String note = Texts.required(in.note(), "note", 2000);
        LocalDate on = notFuture(in.takenOn() == null ? LocalDate.now() : in.takenOn(), "takenOn");
        return tx.write(em -> {
            PetitionEntity p = open(em, petitionId, PetitionAction.STEP);
            notBefore(on, p.receivedOn, "takenOn");
            PetitionStepEntity s = new PetitionStepEntity();
            s.petitionId = petitionId;
            s.takenOn = on;
            s.kind = kind.name();
            s.note = note;
            s.actor = actor;
            s.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(s);
            em.flush();
            if (kind == StepKind.VISIT) {
                s.dutyRecordId = duties.recordVerified(new DutyRecordInput(p.deputyId, DutyKind.VISIT, on, null, null,
                        null, "人大代表信访代办走访 #" + p.id + "：" + p.subject), "petition-step:" + s.id, actor).id();
            }
            p.status = PetitionFlow.next(petitionId, PetitionStatus.valueOf(p.status), PetitionAction.STEP).name();
            return PetitionMapper.step(s);
        });
    }

    public Page<Step> steps(long petitionId, PageRequest page) {
        return tx.read(em -> {
            petitions.find(em, petitionId);
            long total = em.createQuery("SELECT COUNT(s) FROM PetitionStepEntity s WHERE s.petitionId = :p",
                    Long.class).setParameter("p", petitionId).getSingleResult();
            List<Step> items = em.createQuery("SELECT s FROM PetitionStepEntity s WHERE s.petitionId = :p"
                    + " ORDER BY s.takenOn, s.id", PetitionStepEntity.class).setParameter("p", petitionId)
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(PetitionMapper::step).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    /** The conflict is resolved; the proxy deputy gets a verified "problem resolved" duty record. */
    public Petition resolve(long petitionId, OutcomeInput in, String actor) {
        Outcome o = outcome(in);
        return tx.write(em -> {
            PetitionEntity p = open(em, petitionId, PetitionAction.RESOLVE);
            conclude(p, PetitionAction.RESOLVE, o);
            p.resolvedDutyId = duties.recordVerified(new DutyRecordInput(p.deputyId, DutyKind.PROBLEM_RESOLVED,
                    o.on, null, null, null, "人大代表信访代办化解 #" + p.id + "：" + p.subject), "petition:" + p.id,
                    actor).id();
            return view(em, p, actor);
        });
    }

    /** The petition could not be resolved; why goes into the outcome. */
    public Petition unresolved(long petitionId, OutcomeInput in, String actor) {
        Outcome o = outcome(in);
        return tx.write(em -> {
            PetitionEntity p = open(em, petitionId, PetitionAction.MARK_UNRESOLVED);
            conclude(p, PetitionAction.MARK_UNRESOLVED, o);
            return view(em, p, actor);
        });
    }

    /** The return visit after the outcome (回访); it closes the petition. */
    public Petition followUp(long petitionId, FollowUpInput in, String actor) {
        Boolean satisfied = Texts.present(in.satisfied(), "satisfied");
        String note = Texts.optional(in.note(), "note", 1000);
        LocalDate on = notFuture(in.on() == null ? LocalDate.now() : in.on(), "on");
        return tx.write(em -> {
            PetitionEntity p = open(em, petitionId, PetitionAction.FOLLOW_UP);
            notBefore(on, p.concludedOn, "on");
            p.status = PetitionFlow.next(petitionId, PetitionStatus.valueOf(p.status), PetitionAction.FOLLOW_UP)
                    .name();
            p.followUpOn = on;
            p.followUpSatisfied = satisfied ? 1 : 0;
            p.followUpNote = note;
            return view(em, p, actor);
        });
    }

    /**
     * Raises the general problem the petition revealed as a suggestion of its proxy deputy, once. The suggestion
     * holds none of the petitioner's personal data; the petition keeps the suggestion's id (found again with
     * {@code GET petitions?suggestionId=}).
     */
    public Petition toSuggestion(long petitionId, SuggestionInput in, String actor) {
        String title = Texts.required(in.title(), "title", Texts.SHORT);
        String content = Texts.optional(in.content(), "content", Texts.LONG);
        SuggestionKind kind = in.kind() == null ? SuggestionKind.INTER_SESSION_OPINION : in.kind();
        return tx.write(em -> {
            PetitionEntity p = petitions.find(em, petitionId);
            scope.requireActive(p.regionId);
            if (p.suggestionId != null) {
                throw new ConflictException("petition " + petitionId + " became suggestion " + p.suggestionId
                        + " already");
            }
            Suggestion s = suggestions.register(new NewSuggestion(kind, p.regionId,
                    in.category() == null ? Category.valueOf(p.category) : in.category(), anonymous(title, p),
                    anonymous(content == null ? Anonymizer.defaultContent(p.id, p.subject) : content, p),
                    List.of(p.deputyId), null, List.of()), actor);
            p.suggestionId = s.id();
            return view(em, p, actor);
        });
    }

    private static String anonymous(String text, PetitionEntity p) {
        return Anonymizer.scrub(text, p.petitionerName, p.petitionerIdNo, p.petitionerPhone, p.petitionerAddress);
    }

    private PetitionEntity open(EntityManager em, long id, PetitionAction action) {
        PetitionEntity p = petitions.find(em, id);
        scope.requireActive(p.regionId);
        PetitionFlow.next(id, PetitionStatus.valueOf(p.status), action);
        return p;
    }

    private static void conclude(PetitionEntity p, PetitionAction action, Outcome o) {
        notBefore(o.on, p.receivedOn, "concludedOn");
        PetitionStatus next = PetitionFlow.next(p.id, PetitionStatus.valueOf(p.status), action);
        p.status = next.name();
        p.conclusion = next.name();
        p.outcome = o.text;
        p.concludedOn = o.on;
    }

    private static Petition view(EntityManager em, PetitionEntity p, String actor) {
        return PetitionMapper.petition(p, Petitions.visitDuties(em, List.of(p.id)).getOrDefault(p.id, List.of()),
                Viewer.current());
    }

    private record Outcome(String text, LocalDate on) {}

    private static Outcome outcome(OutcomeInput in) {
        return new Outcome(Texts.required(in.outcome(), "outcome", 2000),
                notFuture(in.concludedOn() == null ? LocalDate.now() : in.concludedOn(), "concludedOn"));
    }

    private static LocalDate notFuture(LocalDate date, String field) {
        if (date.isAfter(LocalDate.now())) {
            throw new ValidationException(field, "is in the future");
        }
        return date;
    }

    private static void notBefore(LocalDate date, LocalDate earliest, String field) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new ValidationException(field, "is before " + earliest);
        }
    }
}
