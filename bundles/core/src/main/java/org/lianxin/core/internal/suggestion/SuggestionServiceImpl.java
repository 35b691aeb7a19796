package org.lianxin.core.internal.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

import org.lianxin.api.HandlingClock;
import org.lianxin.api.IllegalTransitionException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Assignment;
import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.Contact;
import org.lianxin.api.dto.ContactInput;
import org.lianxin.api.dto.Deadline;
import org.lianxin.api.dto.Evaluation;
import org.lianxin.api.dto.EvaluationChannel;
import org.lianxin.api.dto.ExtensionRequest;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.OpinionStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.api.dto.Reply;
import org.lianxin.api.dto.RouteTier;
import org.lianxin.api.dto.SecondaryEvaluation;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionEvent;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.core.internal.clock.RegionRules;
import org.lianxin.core.internal.directory.HandlingUnitServiceImpl;
import org.lianxin.core.internal.duty.AutoDuties;
import org.lianxin.core.internal.directory.Regions;
import org.lianxin.core.internal.jpa.ContactEntity;
import org.lianxin.core.internal.jpa.IdList;
import org.lianxin.core.internal.jpa.LedgerCounterKey;
import org.lianxin.core.internal.jpa.DeputyEntity;
import org.lianxin.core.internal.jpa.OpinionEntity;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.jpa.StationEntity;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.jpa.SuggestionEventEntity;
import org.lianxin.core.internal.jpa.UnitEntity;
import org.lianxin.core.internal.lifecycle.Lifecycle;
import org.lianxin.core.internal.tx.EventPublisher;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.security.Access;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Callers;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Clocks;
import org.lianxin.core.internal.util.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = SuggestionService.class)
public class SuggestionServiceImpl implements SuggestionService {
    private static final Logger LOG = LoggerFactory.getLogger(SuggestionServiceImpl.class);
    private static final int MAX_EXTENSION_DAYS = 184;

    private final Tx tx;
    private final HandlingClock clock;
    private final RegionRules rules;
    private final EventPublisher publisher;
    /** Ledger counters known to exist (they are never deleted), so registration skips looking them up. */
    private final Access access;
    private final Set<LedgerCounterKey> knownCounters = ConcurrentHashMap.newKeySet();

    /** What an action does to the suggestion; returns the state it leads to. */
    @FunctionalInterface
    private interface Step {
        SuggestionState apply(EntityManager em, SuggestionEntity s, Map<String, String> data, LocalDate today);
    }

    @Activate
    public SuggestionServiceImpl(@Reference Tx tx, @Reference HandlingClock clock, @Reference RegionRules rules,
            @Reference EventPublisher publisher, @Reference Access access) {
        this.tx = tx;
        this.access = access;
        this.clock = clock;
        this.rules = rules;
        this.publisher = publisher;
    }

    // --- reading -------------------------------------------------------------------------------------

    @Override
    public Suggestion get(long id) {
        Identity me = access.caller();
        LocalDate today = clock.today();
        return tx.read(em -> SuggestionMapper.dto(SuggestionPolicy.visible(em, me, id), today));
    }

    @Override
    public Suggestion getByLedgerNo(String ledgerNo) {
        Identity me = access.caller();
        String no = Check.text(ledgerNo, "ledgerNo", 40);
        LocalDate today = clock.today();
        return tx.read(em -> em.createQuery("SELECT s FROM SuggestionEntity s WHERE s.ledgerNo = :n",
                SuggestionEntity.class).setParameter("n", no).getResultList().stream()
                .filter(s -> SuggestionPolicy.canSee(em, me, s)).findFirst()
                .map(s -> SuggestionMapper.dto(s, today)).orElseThrow(() -> new NotFoundException("suggestion", no)));
    }

    @Override
    public Page<Suggestion> list(SuggestionQuery query, PageRequest page) {
        Identity me = access.caller();
        SuggestionQuery q = query == null ? SuggestionQuery.all() : query;
        if (q.regionId() != null && SuggestionPolicy.readsByRegion(me)) {
            access.requireScope(me, q.regionId(), "read the ledger of this region");
        }
        LocalDate today = clock.today();
        return tx.read(em -> {
            Jpql<SuggestionEntity> j = SuggestionFilter.of(em, q, today);
            SuggestionPolicy.restrict(j, me);
            return j.page(em, page, s -> SuggestionMapper.dto(s, today));
        });
    }

    @Override
    public Page<SuggestionEvent> events(long id, PageRequest page) {
        Identity me = access.caller();
        return tx.read(em -> {
            SuggestionPolicy.visible(em, me, id);
            return Jpql.from(SuggestionEventEntity.class, "e").where("e.suggestionId = :id", "id", id)
                    .orderBy("e.id").page(em, page, SuggestionMapper::event);
        });
    }

    @Override
    public List<Contact> contacts(long id) {
        Identity me = access.caller();
        return tx.read(em -> {
            SuggestionPolicy.visible(em, me, id);
            return em.createQuery("SELECT c FROM ContactEntity c WHERE c.suggestionId = :id ORDER BY c.id",
                    ContactEntity.class).setParameter("id", id).getResultList().stream()
                    .map(SuggestionMapper::contact).toList();
        });
    }

    @Override
    public Set<LifecycleAction> allowedActions(long id) {
        Identity me = access.caller();
        LocalDate today = clock.today();
        return tx.read(em -> {
            SuggestionEntity s = SuggestionPolicy.visible(em, me, id);
            // what the state allows and the caller may do: a handler is not offered assign, a deputy not close
            Set<LifecycleAction> byState = Lifecycle.allowed(SuggestionState.valueOf(s.state),
                    SuggestionMapper.facts(s, today));
            Set<LifecycleAction> mine = java.util.EnumSet.noneOf(LifecycleAction.class);
            byState.stream().filter(a -> SuggestionPolicy.may(em, me, a, s)).forEach(mine::add);
            return mine;
        });
    }

    // --- collect and pre-submission ------------------------------------------------------------------

    @Override
    public Suggestion register(NewSuggestion suggestion, String actor) {
        return create(suggestion, actor, false);
    }

    @Override
    public Suggestion preSubmit(NewSuggestion suggestion, String actor) {
        return create(suggestion, actor, true);
    }

    private Suggestion create(NewSuggestion in, String actor, boolean draft) {
        Identity me = access.caller();
        String who = Check.actor(actor);
        Check.required(in, "suggestion");
        LocalDate today = clock.today();
        if (!draft) {
            LedgerNumbers.ensureCounter(tx, Check.required(in.regionId(), "regionId"), today.getYear(), knownCounters);
        }
        return tx.write(em -> {
            SuggestionEntity s = new SuggestionEntity();
            RegionEntity region = Regions.ref(em, in.regionId(), "regionId");
            SuggestionPolicy.checkCreate(me, draft ? LifecycleAction.PRE_SUBMIT : LifecycleAction.REGISTER,
                    region.path, in.deputyIds());
            s.kind = Check.required(in.kind(), "kind").name();
            s.category = Check.required(in.category(), "category").name();
            s.title = Check.text(in.title(), "title", Check.TITLE);
            s.content = Check.text(in.content(), "content", Check.TEXT);
            s.regionId = region.id;
            s.regionPath = region.path;
            s.handlingRegionId = region.id;
            s.handlingRegionPath = region.path;
            List<Long> proposers = deputies(em, in.deputyIds());
            if (in.stationId() != null && em.find(StationEntity.class, in.stationId()) == null) {
                throw new ValidationException("stationId", "station " + in.stationId() + " does not exist");
            }
            s.stationId = in.stationId();
            List<OpinionEntity> opinions = opinions(em, in.opinionIds());
            s.createdAt = Clocks.nowUtc();
            s.updatedAt = s.createdAt;
            SuggestionState state = draft ? SuggestionState.PRE_SUBMITTED : SuggestionState.REGISTERED;
            s.state = state.name();
            if (!draft) {
                LedgerNumbers.assign(em, s, region, today.getYear());
            }
            em.persist(s);
            em.flush();
            SuggestionLinks.setDeputies(em, s, proposers);
            List<Long> opinionIds = new ArrayList<>();
            for (OpinionEntity o : opinions) {
                o.status = OpinionStatus.PROMOTED.name();
                o.suggestionId = s.id;
                opinionIds.add(o.id);
            }
            s.opinionIds = IdList.format(opinionIds);
            Map<String, String> data = new LinkedHashMap<>();
            if (s.ledgerNo != null) {
                data.put("ledgerNo", s.ledgerNo);
            }
            if (!opinions.isEmpty()) {
                data.put("opinions", opinionIds.toString());
            }
            record(em, s, draft ? LifecycleAction.PRE_SUBMIT : LifecycleAction.REGISTER, null, state, who, null, data);
            return SuggestionMapper.dto(s, today);
        });
    }

    private static List<Long> deputies(EntityManager em, List<Long> ids) {
        Check.notEmpty(ids, "deputyIds");
        LinkedHashSet<Long> unique = new LinkedHashSet<>(ids);
        for (Long id : unique) {
            if (id == null || em.find(DeputyEntity.class, id) == null) {
                throw new ValidationException("deputyIds", "deputy " + id + " does not exist");
            }
        }
        return new ArrayList<>(unique);
    }

    private static List<OpinionEntity> opinions(EntityManager em, List<Long> ids) {
        List<OpinionEntity> out = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            OpinionEntity o = id == null ? null : em.find(OpinionEntity.class, id);
            if (o == null) {
                throw new ValidationException("opinionIds", "opinion " + id + " does not exist");
            }
            if (!OpinionStatus.NEW.name().equals(o.status)) {
                throw new ValidationException("opinionIds", "opinion " + id + " is " + o.status + ", not NEW");
            }
            out.add(o);
        }
        return out;
    }

    @Override
    public Suggestion preCheck(long id, boolean pass, String reason, String actor) {
        String why = pass ? Check.optional(reason, "reason", Check.REASON) : Check.text(reason, "reason", Check.REASON);
        return act(id, LifecycleAction.PRE_CHECK, actor, why, (em, s, data, today) -> {
            data.put("pass", String.valueOf(pass));
            return pass ? SuggestionState.PRE_CHECKED : SuggestionState.RETURNED;
        });
    }

    @Override
    public Suggestion formalize(long id, String actor) {
        int year = clock.today().getYear();
        Identity me = access.caller();
        long regionId = tx.read(em -> SuggestionPolicy.visible(em, me, id).regionId);
        LedgerNumbers.ensureCounter(tx, regionId, year, knownCounters);
        return act(id, LifecycleAction.FORMALIZE, actor, null, (em, s, data, today) -> {
            LedgerNumbers.assign(em, s, Regions.find(em, s.regionId), year);
            data.put("ledgerNo", s.ledgerNo);
            return SuggestionState.REGISTERED;
        });
    }

    // --- group review -------------------------------------------------------------------------------

    @Override
    public Suggestion groupPass(long id, String actor) {
        return act(id, LifecycleAction.GROUP_PASS, actor, null, (em, s, data, today) -> {
            startClock(s, ClockRule.TOWNSHIP_REVIEW, today, data);
            return SuggestionState.TOWNSHIP_REVIEW;
        });
    }

    @Override
    public Suggestion groupReturn(long id, String reason, String actor) {
        String why = Check.text(reason, "reason", Check.REASON);
        return act(id, LifecycleAction.GROUP_RETURN, actor, why, (em, s, data, today) -> SuggestionState.RETURNED);
    }

    @Override
    public Suggestion resubmit(long id, String title, String content, String actor) {
        String t = Check.optional(title, "title", Check.TITLE);
        String c = Check.optional(content, "content", Check.TEXT);
        return act(id, LifecycleAction.RESUBMIT, actor, null, (em, s, data, today) -> {
            if (t != null) {
                s.title = t;
            }
            if (c != null) {
                s.content = c;
            }
            return s.ledgerNo == null ? SuggestionState.PRE_SUBMITTED : SuggestionState.REGISTERED;
        });
    }

    @Override
    public Suggestion merge(long id, long targetId, String reason, String actor) {
        String why = Check.optional(reason, "reason", Check.REASON);
        if (id == targetId) {
            throw new ValidationException("targetId", "a suggestion cannot be merged into itself");
        }
        String who = Check.actor(actor);
        return act(id, LifecycleAction.MERGE, actor, why, (em, s, data, today) -> {
            SuggestionEntity target = em.find(SuggestionEntity.class, targetId);
            if (target == null || !SuggestionPolicy.canSee(em, access.caller(), target)) {
                throw new ValidationException("targetId", "suggestion " + targetId + " does not exist");
            }
            SuggestionState targetState = SuggestionState.valueOf(target.state);
            if (targetState.isFinal() || targetState.isCompleted() || targetState == SuggestionState.PRE_SUBMITTED
                    || targetState == SuggestionState.PRE_CHECKED) {
                throw new ValidationException("targetId", "suggestion " + targetId + " is " + targetState
                        + " and cannot take a duplicate");
            }
            List<Long> targetDeputies = IdList.parse(target.deputyIds);
            List<Long> added = new ArrayList<>();
            for (Long d : IdList.parse(s.deputyIds)) {
                if (!targetDeputies.contains(d)) {
                    added.add(d);
                }
            }
            SuggestionLinks.addDeputies(em, target, added);
            List<Long> targetOpinions = IdList.parse(target.opinionIds);
            for (Long o : IdList.parse(s.opinionIds)) {
                if (!targetOpinions.contains(o)) {
                    targetOpinions.add(o);
                    em.find(OpinionEntity.class, o).suggestionId = target.id;
                }
            }
            target.opinionIds = IdList.format(targetOpinions);
            target.updatedAt = Clocks.nowUtc();
            s.mergedIntoId = target.id;
            stopClock(s);
            data.put("into", String.valueOf(target.id));
            Map<String, String> targetData = new LinkedHashMap<>();
            targetData.put("absorbed", String.valueOf(s.id));
            targetData.put("deputiesAdded", added.toString());
            record(em, target, LifecycleAction.MERGE, targetState, targetState, who, why, targetData);
            return SuggestionState.MERGED;
        });
    }

    // --- routing and assignment ---------------------------------------------------------------------

    @Override
    public Suggestion route(long id, RouteTier tier, String actor) {
        Check.required(tier, "tier");
        return act(id, LifecycleAction.ROUTE, actor, null, (em, s, data, today) -> {
            RegionLevel level = switch (tier) {
                case TOWNSHIP -> RegionLevel.TOWNSHIP;
                case COUNTY -> RegionLevel.COUNTY;
                case CITY -> RegionLevel.CITY;
            };
            RegionEntity target = Regions.ancestorAt(em, Regions.find(em, s.regionId), level);
            if (target == null) {
                throw new ValidationException("tier", "the region the suggestion was raised in has no "
                        + level.name().toLowerCase() + " above it");
            }
            s.handlingRegionId = target.id;
            s.handlingRegionPath = target.path;
            s.routeTier = tier.name();
            s.preLeadUnitId = null;
            s.preCoUnitIds = IdList.EMPTY;
            data.put("tier", tier.name());
            data.put("handlingRegion", target.code);
            startClock(s, routeRule(tier), today, data);
            return SuggestionState.ROUTED;
        });
    }

    private static ClockRule routeRule(RouteTier tier) {
        return switch (tier) {
            case TOWNSHIP -> ClockRule.ROUTE_TOWNSHIP;
            case COUNTY -> ClockRule.ROUTE_COUNTY;
            case CITY -> ClockRule.ROUTE_CITY;
        };
    }

    @Override
    public Suggestion preAssign(long id, Assignment assignment, String actor) {
        Check.required(assignment, "assignment");
        return act(id, LifecycleAction.PRE_ASSIGN, actor, null, (em, s, data, today) -> {
            List<Long> co = checkUnits(em, s, assignment);
            s.preLeadUnitId = assignment.leadUnitId();
            s.preCoUnitIds = IdList.format(co);
            data.put("lead", String.valueOf(assignment.leadUnitId()));
            data.put("co", co.toString());
            return SuggestionState.PRE_ASSIGNED;
        });
    }

    @Override
    public Suggestion assign(long id, Assignment assignment, String actor) {
        return act(id, LifecycleAction.ASSIGN, actor, null, (em, s, data, today) -> {
            Assignment a = assignment;
            if (a == null) {
                if (s.preLeadUnitId == null) {
                    throw new ValidationException("assignment",
                            "there is no pre-assignment to confirm; name the lead unit");
                }
                a = new Assignment(s.preLeadUnitId, IdList.parse(s.preCoUnitIds));
                data.put("confirmed", "true");
            }
            startHandling(em, s, a, today, data);
            return SuggestionState.ASSIGNED;
        });
    }

    private void startHandling(EntityManager em, SuggestionEntity s, Assignment a, LocalDate today,
            Map<String, String> data) {
        List<Long> co = checkUnits(em, s, a);
        s.leadUnitId = a.leadUnitId();
        SuggestionLinks.setCoUnits(em, s, co);
        s.preLeadUnitId = null;
        s.preCoUnitIds = IdList.EMPTY;
        s.assignedOn = today;
        s.extensionDays = null;
        s.extensionReason = null;
        s.overdueEscalated = false;
        data.put("lead", String.valueOf(a.leadUnitId()));
        data.put("co", co.toString());
        startClock(s, clock.handlingRule(SuggestionKind.valueOf(s.kind), 1 + co.size()), today, data);
    }

    /** Lead and co-units exist, differ, and belong to the handling region's line (its subtree or its ancestors). */
    private static List<Long> checkUnits(EntityManager em, SuggestionEntity s, Assignment a) {
        Check.positive(a.leadUnitId(), "leadUnitId");
        checkUnitRegion(s, HandlingUnitServiceImpl.ref(em, a.leadUnitId(), "leadUnitId"), "leadUnitId");
        LinkedHashSet<Long> co = new LinkedHashSet<>();
        for (Long u : a.coUnitIds()) {
            if (u == null) {
                throw new ValidationException("coUnitIds", "must not hold null");
            }
            if (u == a.leadUnitId()) {
                throw new ValidationException("coUnitIds", "the lead unit cannot also be a co-handling unit");
            }
            checkUnitRegion(s, HandlingUnitServiceImpl.ref(em, u, "coUnitIds"), "coUnitIds");
            co.add(u);
        }
        return new ArrayList<>(co);
    }

    private static void checkUnitRegion(SuggestionEntity s, UnitEntity u, String field) {
        if (!u.regionPath.startsWith(s.handlingRegionPath) && !s.handlingRegionPath.startsWith(u.regionPath)) {
            throw new ValidationException(field, "unit " + u.code + " does not serve the region handling this item");
        }
    }

    @Override
    public Suggestion accept(long id, String actor) {
        return act(id, LifecycleAction.ACCEPT, actor, null, (em, s, data, today) -> SuggestionState.HANDLING);
    }

    @Override
    public Suggestion unitReturn(long id, String reason, String actor) {
        String why = Check.text(reason, "reason", Check.REASON);
        return act(id, LifecycleAction.UNIT_RETURN, actor, why, (em, s, data, today) -> {
            data.put("unit", String.valueOf(s.leadUnitId));
            s.leadUnitId = null;
            SuggestionLinks.setCoUnits(em, s, List.of());
            s.assignedOn = null;
            s.extensionDays = null;
            s.extensionReason = null;
            RouteTier tier = s.routeTier == null ? RouteTier.TOWNSHIP : RouteTier.valueOf(s.routeTier);
            startClock(s, routeRule(tier), today, data);
            return SuggestionState.ROUTED;
        });
    }

    // --- handling -----------------------------------------------------------------------------------

    @Override
    public Contact logContact(long id, ContactInput contact, String actor) {
        Check.required(contact, "contact");
        Check.required(contact.phase(), "phase");
        String method = Check.text(contact.method(), "method", 50);
        String note = Check.optional(contact.note(), "note", Check.REASON);
        String who = Check.actor(actor);
        long[] contactId = new long[1];
        act(id, LifecycleAction.LOG_CONTACT, actor, note, (em, s, data, today) -> {
            ContactEntity c = new ContactEntity();
            c.suggestionId = s.id;
            c.unitId = s.leadUnitId;
            c.phase = contact.phase().name();
            c.method = method;
            c.note = note;
            c.actor = who;
            c.at = Clocks.nowUtc();
            em.persist(c);
            em.flush();
            contactId[0] = c.id;
            data.put("phase", c.phase);
            data.put("method", method);
            return SuggestionState.valueOf(s.state);
        });
        return tx.read(em -> SuggestionMapper.contact(em.find(ContactEntity.class, contactId[0])));
    }

    @Override
    public Suggestion requestExtension(long id, ExtensionRequest request, String actor) {
        Check.required(request, "extension");
        if (request.days() < 1 || request.days() > MAX_EXTENSION_DAYS) {
            throw new ValidationException("days", "must be between 1 and " + MAX_EXTENSION_DAYS);
        }
        String why = Check.text(request.reason(), "reason", Check.REASON);
        return act(id, LifecycleAction.REQUEST_EXTENSION, actor, why, (em, s, data, today) -> {
            checkExtensionLimit(s, request.days());
            s.extensionDays = request.days();
            s.extensionReason = why;
            data.put("days", String.valueOf(request.days()));
            return SuggestionState.valueOf(s.state);
        });
    }

    private void checkExtensionLimit(SuggestionEntity s, int days) {
        LocalDate wanted = s.deadline.plusDays(days);
        LocalDate limit = clock.handlingLimit(s.handlingRegionId, SuggestionKind.valueOf(s.kind),
                1 + IdList.parse(s.coUnitIds).size(), s.assignedOn == null ? s.deadline : s.assignedOn);
        if (wanted.isAfter(limit)) {
            throw new ValidationException("days", "would move the deadline to " + wanted
                    + ", past the latest allowed " + limit);
        }
    }

    @Override
    public Suggestion decideExtension(long id, boolean approve, String reason, String actor) {
        String why = approve ? Check.optional(reason, "reason", Check.REASON)
                : Check.text(reason, "reason", Check.REASON);
        return act(id, LifecycleAction.DECIDE_EXTENSION, actor, why, (em, s, data, today) -> {
            data.put("approved", String.valueOf(approve));
            data.put("days", String.valueOf(s.extensionDays));
            if (approve) {
                checkExtensionLimit(s, s.extensionDays);
                data.put("previousDeadline", String.valueOf(s.deadline));
                s.deadline = s.deadline.plusDays(s.extensionDays);
                data.put("deadline", String.valueOf(s.deadline));
            }
            s.extensionDays = null;
            s.extensionReason = null;
            return SuggestionState.valueOf(s.state);
        });
    }

    // --- reply, evaluation, supervision -------------------------------------------------------------

    @Override
    public Suggestion reply(long id, Reply reply, String actor) {
        Check.required(reply, "reply");
        Check.required(reply.resultClass(), "resultClass");
        String text = Check.text(reply.text(), "text", Check.TEXT);
        return act(id, LifecycleAction.REPLY, actor, null, (em, s, data, today) -> {
            s.resultClass = reply.resultClass().name();
            s.replyText = text;
            s.repliedAt = Clocks.nowUtc();
            s.rating = null;
            s.ratingChannel = null;
            s.ratings = 0;
            s.extensionDays = null;
            s.extensionReason = null;
            data.put("resultClass", s.resultClass);
            data.put("onTime", String.valueOf(s.deadline == null || !s.deadline.isBefore(today)));
            stopClock(s);
            return SuggestionState.REPLIED;
        });
    }

    @Override
    public Suggestion evaluate(long id, Evaluation evaluation, String actor) {
        Check.required(evaluation, "evaluation");
        Rating rating = Check.required(evaluation.rating(), "rating");
        EvaluationChannel channel = evaluation.channel() == null ? EvaluationChannel.ONLINE : evaluation.channel();
        String comment = Check.optional(evaluation.comment(), "comment", Check.REASON);
        return act(id, LifecycleAction.EVALUATE, actor, comment, (em, s, data, today) -> {
            boolean dual = rules.dualEvaluation(s.handlingRegionId);
            data.put("rating", rating.name());
            data.put("channel", channel.name());
            Rating result = rating;
            if (dual && s.ratings == 0) {
                s.rating = rating.name();
                s.ratingChannel = channel.name();
                s.ratings = 1;
                data.put("round", "1");
                return SuggestionState.REPLIED;
            }
            if (dual) {
                if (channel.name().equals(s.ratingChannel)) {
                    throw new ValidationException("channel", "already rated " + s.ratingChannel
                            + "; the second rating must be taken on the other channel");
                }
                result = Lifecycle.worse(Rating.valueOf(s.rating), rating);
                data.put("round", "2");
            }
            s.rating = result.name();
            s.ratingChannel = channel.name();
            s.ratings = dual ? 2 : 1;
            data.put("result", result.name());
            SuggestionState to = Lifecycle.afterEvaluation(result, s.redone);
            if (to == SuggestionState.SUPERVISED) {
                s.supervised = true;
                s.redone = true;
                startClock(s, ClockRule.SUPERVISION, today, data);
            }
            return to;
        });
    }

    @Override
    public Suggestion supervise(long id, String leader, String reason, String actor) {
        String who = Check.text(leader, "leader", Check.NAME);
        String why = Check.text(reason, "reason", Check.REASON);
        return act(id, LifecycleAction.SUPERVISE, actor, why, (em, s, data, today) -> {
            s.supervised = true;
            data.put("leader", who);
            startClock(s, ClockRule.SUPERVISION, today, data);
            return SuggestionState.SUPERVISED;
        });
    }

    @Override
    public Suggestion explain(long id, String explanation, String actor) {
        String text = Check.text(explanation, "explanation", Check.TEXT);
        return act(id, LifecycleAction.EXPLAIN, actor, null, (em, s, data, today) -> {
            s.explanation = text;
            data.put("published", "true");
            return SuggestionState.EXPLAINED;
        });
    }

    // --- close, look-back, secondary evaluation -----------------------------------------------------

    @Override
    public Suggestion close(long id, String actor) {
        return act(id, LifecycleAction.CLOSE, actor, null, (em, s, data, today) -> {
            s.closedAt = Clocks.nowUtc();
            if ("B".equals(s.resultClass) && !s.solved) {
                data.put("lookBack", "true");
            }
            return SuggestionState.CLOSED;
        });
    }

    @Override
    public Suggestion markSolved(long id, String note, String actor) {
        String why = Check.optional(note, "note", Check.REASON);
        return act(id, LifecycleAction.MARK_SOLVED, actor, why, (em, s, data, today) -> {
            s.solved = true;
            return SuggestionState.valueOf(s.state);
        });
    }

    @Override
    public Suggestion secondaryEvaluate(long id, SecondaryEvaluation evaluation, String actor) {
        Check.required(evaluation, "evaluation");
        Rating rating = Check.required(evaluation.rating(), "rating");
        String comment = Check.optional(evaluation.comment(), "comment", Check.REASON);
        return act(id, LifecycleAction.SECONDARY_EVALUATE, actor, comment, (em, s, data, today) -> {
            data.put("rating", rating.name());
            if (evaluation.reassignTo() == null) {
                return SuggestionState.valueOf(s.state);
            }
            data.put("reassigned", "true");
            s.resultClass = null;
            s.replyText = null;
            s.repliedAt = null;
            s.rating = null;
            s.ratingChannel = null;
            s.ratings = 0;
            s.supervised = false;
            s.redone = false;
            s.solved = false;
            s.closedAt = null;
            s.explanation = null;
            startHandling(em, s, evaluation.reassignTo(), today, data);
            return SuggestionState.ASSIGNED;
        });
    }

    // --- overdue escalation -------------------------------------------------------------------------

    @Override
    public int escalateOverdue(LocalDate today, Long given) {
        Identity me = access.require(Access.ADMIN, "run the overdue escalation");
        Long regionId = access.listRegion(me, given, "run the overdue escalation");
        // the escalations themselves are the clock's, whoever started the run
        return Callers.asSystem(() -> escalateAll(today, regionId));
    }

    private int escalateAll(LocalDate today, Long regionId) {
        LocalDate day = today == null ? clock.today() : today;
        List<Object[]> due = tx.read(em -> em.createQuery("SELECT s.id, s.state FROM SuggestionEntity s"
                + " WHERE s.deadline < :today AND s.state IN :running"
                + " AND ((s.state IN :handling AND s.overdueEscalated = :no)"
                + " OR (s.state NOT IN :handling AND (s.remindedFor IS NULL OR s.remindedFor <> s.deadline)))"
                + " AND s.handlingRegionPath LIKE :p ORDER BY s.id", Object[].class)
                .setParameter("p", regionId == null ? "%" : Regions.subtreePattern(Regions.find(em, regionId)))
                .setParameter("today", day).setParameter("no", Boolean.FALSE)
                .setParameter("running", List.of("TOWNSHIP_REVIEW", "ROUTED", "PRE_ASSIGNED", "ASSIGNED", "HANDLING",
                        "SUPERVISED"))
                .setParameter("handling", List.of("ASSIGNED", "HANDLING"))
                .setMaxResults(10_000).getResultList());
        int done = 0;
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            boolean handling = Lifecycle.isHandling(SuggestionState.valueOf((String) row[1]));
            try {
                if (handling) {
                    escalate(id, day);
                } else {
                    remind(id, day);
                }
                done++;
            } catch (IllegalTransitionException e) {
                LOG.debug("suggestion {} no longer needs escalation: {}", id, e.getMessage());
            } catch (RuntimeException e) {
                if (Tx.isConcurrentChange(e) || e instanceof org.lianxin.api.ConflictException) {
                    LOG.debug("suggestion {} was escalated or changed by another node", id);
                } else {
                    LOG.warn("could not escalate suggestion {}", id, e);
                }
            }
        }
        return done;
    }

    private void escalate(long id, LocalDate day) {
        act(id, LifecycleAction.ESCALATE_OVERDUE, "system", "overdue", day, (em, s, data, today) -> {
            data.put("missedDeadline", String.valueOf(s.deadline));
            s.overdueEscalated = true;
            s.supervised = true;
            s.extensionDays = null;
            s.extensionReason = null;
            startClock(s, ClockRule.SUPERVISION, today, data);
            return SuggestionState.SUPERVISED;
        });
    }

    private void remind(long id, LocalDate day) {
        act(id, LifecycleAction.REMIND_OVERDUE, "system", "overdue", day, (em, s, data, today) -> {
            data.put("missedDeadline", String.valueOf(s.deadline));
            s.remindedFor = s.deadline;
            return SuggestionState.valueOf(s.state);
        });
    }

    // --- the action machinery -----------------------------------------------------------------------

    private Suggestion act(long id, LifecycleAction action, String actor, String reason, Step step) {
        return act(id, action, actor, reason, clock.today(), step);
    }

    private Suggestion act(long id, LifecycleAction action, String actor, String reason, LocalDate today, Step step) {
        String who = Check.actor(actor);
        Identity me = access.caller();
        return tx.write(em -> {
            SuggestionEntity s = SuggestionPolicy.visible(em, me, id);
            SuggestionPolicy.checkAction(em, me, action, s);
            SuggestionState from = SuggestionState.valueOf(s.state);
            Lifecycle.check(from, action, SuggestionMapper.facts(s, today));
            Map<String, String> data = new LinkedHashMap<>();
            SuggestionState to = step.apply(em, s, data, today);
            if (!Lifecycle.isRunning(to)) {
                stopClock(s);
            }
            s.state = to.name();
            s.updatedAt = Clocks.nowUtc();
            record(em, s, action, from, to, who, reason, data);
            return SuggestionMapper.dto(s, today);
        });
    }

    private void startClock(SuggestionEntity s, ClockRule rule, LocalDate today, Map<String, String> data) {
        Deadline d = clock.deadline(rule, s.handlingRegionId, SuggestionKind.valueOf(s.kind), today);
        s.deadline = d.due();
        s.deadlineRule = rule.name();
        data.put("deadline", d.due().toString());
        data.put("rule", rule.name() + " " + d.period() + (d.workingDays() ? " working days" : ""));
    }

    private static void stopClock(SuggestionEntity s) {
        s.deadline = null;
        s.deadlineRule = null;
        s.remindedFor = null;
    }

    private void record(EntityManager em, SuggestionEntity s, LifecycleAction action, SuggestionState from,
            SuggestionState to, String actor, String reason, Map<String, String> data) {
        SuggestionEventEntity e = new SuggestionEventEntity();
        e.suggestionId = s.id;
        e.at = Clocks.nowUtc();
        e.actor = actor;
        e.action = action.name();
        e.fromState = from == null ? null : from.name();
        e.toState = to.name();
        e.reason = reason;
        e.data = SuggestionMapper.encode(data);
        em.persist(e);
        AutoDuties.onSuggestionStep(em, s.id, s.ledgerNo, s.title, IdList.parse(s.deputyIds), action, to,
                s.resultClass, clock.today());
        em.flush();
        SuggestionEvent event = SuggestionMapper.event(e);
        String ledgerNo = s.ledgerNo;
        long regionId = s.handlingRegionId;
        tx.afterCommit(() -> publisher.publish(event, ledgerNo, regionId));
    }

    static SuggestionEntity find(EntityManager em, long id) {
        SuggestionEntity s = em.find(SuggestionEntity.class, id);
        if (s == null) {
            throw new NotFoundException("suggestion", id);
        }
        return s;
    }
}
