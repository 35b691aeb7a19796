package org.lianxin.practice.livelihood.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DeputyService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.RegionService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Region;
import org.lianxin.practice.livelihood.api.ElectorateBody;
import org.lianxin.practice.livelihood.api.ReviewDecision;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.practice.livelihood.api.RoundAction;
import org.lianxin.practice.livelihood.api.RoundStatus;
import org.lianxin.practice.livelihood.internal.jpa.CandidateEntity;
import org.lianxin.practice.livelihood.internal.jpa.ProposalEntity;
import org.lianxin.practice.livelihood.internal.jpa.RoundEntity;
import org.lianxin.practice.livelihood.internal.model.Candidate;
import org.lianxin.practice.livelihood.internal.model.CandidateItem;
import org.lianxin.practice.livelihood.internal.model.CandidatesInput;
import org.lianxin.practice.livelihood.internal.model.Proposal;
import org.lianxin.practice.livelihood.internal.model.ProposalInput;
import org.lianxin.practice.livelihood.internal.model.ProposalSource;
import org.lianxin.practice.livelihood.internal.model.ReviewInput;
import org.lianxin.practice.livelihood.internal.model.RoundInput;
import org.lianxin.practice.support.Texts;
import org.lianxin.practice.support.Duplicates;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Yearly rounds: creation, the proposals collected, the government's candidate list and the committee's review. */
@Component(service = Rounds.class)
public class Rounds {
    static final int MAX_PLACES = 50;
    static final int MAX_CANDIDATES = 100;
    static final BigDecimal MAX_BUDGET = new BigDecimal("99999999999999");

    private final LivelihoodTx tx;
    private final Scope scope;
    private final RegionService regions;
    private final DeputyService deputies;

    @Activate
    public Rounds(@Reference LivelihoodTx tx, @Reference Scope scope, @Reference RegionService regions,
            @Reference DeputyService deputies) {
        this.tx = tx;
        this.scope = scope;
        this.regions = regions;
        this.deputies = deputies;
    }

    /** A round voted by the deputies (livelihood's own REST). */
    public Round create(RoundInput in, String actor) {
        Texts.present(in, "body");
        return create(Texts.present(in.regionId(), "regionId"), Texts.present(in.year(), "year"),
                Texts.present(in.places(), "places"), in.title(), ElectorateBody.DEPUTIES, null, actor);
    }

    /**
     * A round of the region and year voted by {@code body}; a COUNCIL round names its council and is in scope where
     * the council practice is active.
     */
    Round create(long regionId, int year, int places, String title, ElectorateBody body, Long councilId,
            String actor) {
        if (year < 1949 || year > 9998) {
            throw new ValidationException("year", "must be between 1949 and 9998");
        }
        if (places < 1 || places > MAX_PLACES) {
            throw new ValidationException("places", "must be between 1 and " + MAX_PLACES);
        }
        String checkedTitle = Texts.optional(title, "title", Texts.SHORT);
        String path = body == ElectorateBody.COUNCIL && scope.councilActive(regionId) ? scope.subtreePath(regionId)
                : scope.requireActive(regionId);
        Region region = regions.get(regionId);
        String t = checkedTitle == null ? year + "年" + region.name() + "民生实事项目" : checkedTitle;
        try {
            return tx.write(em -> {
                RoundEntity existing = byYear(em, regionId, year);
                if (existing != null) {
                    throw new ConflictException(region.name() + " already has the round of " + year + " (round "
                            + existing.id + "); one round per region and year");
                }
                RoundEntity r = new RoundEntity();
                r.regionId = regionId;
                r.regionPath = path;
                r.year = year;
                r.title = t;
                r.places = places;
                r.electorateBody = body.name();
                r.councilId = councilId;
                r.status = RoundStatus.COLLECTING.name();
                r.createdBy = actor;
                r.createdAt = LocalDateTime.now(ZoneOffset.UTC);
                em.persist(r);
                em.flush();
                return LivelihoodMapper.round(r, 0, 0);
            });
        } catch (RuntimeException e) {
            if (!Duplicates.isDuplicate(e)) {
                throw e;
            }
            // the unique index on (region, year): someone created it meanwhile
            throw new ConflictException(region.name() + " already has the round of " + year
                    + "; one round per region and year");
        }
    }

    public Round get(long id) {
        return tx.read(em -> view(em, find(em, id)));
    }

    /**
     * Rounds of the region's subtree (or every region where the practice is active), newest year first; council rounds
     * also where the council practice is active.
     */
    public Page<Round> list(Long regionId, Integer year, PageRequest page) {
        Scope.Where where = scope.where(regionId);
        String jpql = " FROM RoundEntity r WHERE " + where.condition("r", "r")
                + (year == null ? "" : " AND r.year = :year");
        return tx.read(em -> {
            TypedQuery<Long> count = where.bind(em.createQuery("SELECT COUNT(r)" + jpql, Long.class));
            TypedQuery<RoundEntity> rows = where.bind(em.createQuery("SELECT r" + jpql
                    + " ORDER BY r.year DESC, r.id DESC", RoundEntity.class));
            if (year != null) {
                count.setParameter("year", year);
                rows.setParameter("year", year);
            }
            List<Round> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(r -> view(em, r)).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    /** The rounds a council's representatives vote in, newest year first. */
    Page<Round> ofCouncil(long councilId, PageRequest page) {
        return tx.read(em -> {
            long total = em.createQuery("SELECT COUNT(r) FROM RoundEntity r WHERE r.councilId = :c", Long.class)
                    .setParameter("c", councilId).getSingleResult();
            List<Round> items = em.createQuery("SELECT r FROM RoundEntity r WHERE r.councilId = :c ORDER BY r.year"
                    + " DESC, r.id DESC", RoundEntity.class).setParameter("c", councilId)
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(r -> view(em, r)).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    // --- proposals -----------------------------------------------------------------------------------------

    public Proposal propose(long roundId, ProposalInput in, String actor) {
        Texts.present(in, "body");
        ProposalSource source = Texts.present(in.source(), "source");
        String proposer = Texts.optional(in.proposer(), "proposer", Texts.NAME);
        if (source == ProposalSource.DEPUTY) {
            long deputyId = Texts.present(in.deputyId(), "deputyId");
            try {
                String name = deputies.get(deputyId).name();
                proposer = proposer == null ? name : proposer;
            } catch (NotFoundException e) {
                throw new ValidationException("deputyId", "deputy " + deputyId + " does not exist");
            }
        } else if (in.deputyId() != null) {
            throw new ValidationException("deputyId", "is only for proposals of source DEPUTY");
        }
        if (proposer == null) {
            throw new ValidationException("proposer", "is required for a proposal from the public");
        }
        String title = Texts.required(in.title(), "title", Texts.SHORT);
        String description = Texts.optional(in.description(), "description", Texts.LONG);
        BigDecimal budget = money(in.budget(), "budget", false);
        Integer beneficiaries = in.beneficiaries() == null ? null : Texts.count(in.beneficiaries(), "beneficiaries");
        LocalDate on = in.proposedOn() == null ? LocalDate.now() : in.proposedOn();
        if (on.isAfter(LocalDate.now())) {
            throw new ValidationException("proposedOn", "is in the future");
        }
        String who = proposer;
        return tx.write(em -> {
            RoundEntity r = find(em, roundId);
            scope.requireActive(r);
            RoundFlow.next(roundId, RoundStatus.valueOf(r.status), RoundAction.PROPOSE);
            ProposalEntity p = new ProposalEntity();
            p.roundId = roundId;
            p.source = source.name();
            p.proposer = who;
            p.deputyId = source == ProposalSource.DEPUTY ? in.deputyId() : null;
            p.title = title;
            p.description = description;
            p.budget = budget;
            p.beneficiaries = beneficiaries;
            p.proposedOn = on;
            p.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(p);
            em.flush();
            return LivelihoodMapper.proposal(p);
        });
    }

    public Page<Proposal> proposals(long roundId, PageRequest page) {
        return tx.read(em -> {
            find(em, roundId);
            long total = em.createQuery("SELECT COUNT(p) FROM ProposalEntity p WHERE p.roundId = :r", Long.class)
                    .setParameter("r", roundId).getSingleResult();
            List<Proposal> items = em.createQuery("SELECT p FROM ProposalEntity p WHERE p.roundId = :r ORDER BY p.id",
                    ProposalEntity.class).setParameter("r", roundId).setFirstResult(page.offset())
                    .setMaxResults(page.limit()).getResultList().stream().map(LivelihoodMapper::proposal).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    // --- the candidate list and its review ---------------------------------------------------------------

    /**
     * The government's candidate list, replacing an earlier draft (after the committee returned it): more candidates
     * than places (差额), each from a proposal of the round or new.
     */
    public List<Candidate> draftCandidates(long roundId, CandidatesInput in, String actor) {
        Texts.present(in, "body");
        List<CandidateItem> items = Texts.present(in.candidates(), "candidates");
        if (items.size() > MAX_CANDIDATES) {
            throw new ValidationException("candidates", "at most " + MAX_CANDIDATES + " candidates");
        }
        LocalDate on = in.listedOn() == null ? LocalDate.now() : in.listedOn();
        if (on.isAfter(LocalDate.now())) {
            throw new ValidationException("listedOn", "is in the future");
        }
        Set<Long> fromProposals = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            CandidateItem c = Texts.present(items.get(i), "candidates[" + i + "]");
            if (c.proposalId() != null && !fromProposals.add(c.proposalId())) {
                throw new ValidationException("candidates[" + i + "].proposalId", "proposal " + c.proposalId()
                        + " is listed twice");
            }
            Texts.optional(c.title(), "candidates[" + i + "].title", Texts.SHORT);
            Texts.optional(c.description(), "candidates[" + i + "].description", Texts.LONG);
            money(c.budget(), "candidates[" + i + "].budget", false);
            if (c.beneficiaries() != null) {
                Texts.count(c.beneficiaries(), "candidates[" + i + "].beneficiaries");
            }
        }
        return tx.write(em -> {
            RoundEntity r = find(em, roundId);
            scope.requireActive(r);
            RoundStatus next = RoundFlow.next(roundId, RoundStatus.valueOf(r.status), RoundAction.DRAFT_CANDIDATES);
            if (items.size() <= r.places) {
                throw new ValidationException("candidates", items.size() + " candidates for " + r.places
                        + " places: the list needs more candidates than places (差额), at least " + (r.places + 1));
            }
            Map<Long, ProposalEntity> proposals = fromProposals.isEmpty() ? Map.of()
                    : em.createQuery("SELECT p FROM ProposalEntity p WHERE p.id IN :ids", ProposalEntity.class)
                            .setParameter("ids", new ArrayList<>(fromProposals)).getResultList().stream()
                            .collect(Collectors.toMap(p -> p.id, Function.identity()));
            em.createQuery("DELETE FROM CandidateEntity c WHERE c.roundId = :r").setParameter("r", roundId)
                    .executeUpdate();
            List<CandidateEntity> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                CandidateItem item = items.get(i);
                ProposalEntity p = item.proposalId() == null ? null : proposals.get(item.proposalId());
                if (item.proposalId() != null && (p == null || p.roundId != roundId)) {
                    throw new ValidationException("candidates[" + i + "].proposalId", "proposal "
                            + item.proposalId() + " is not a proposal of round " + roundId);
                }
                CandidateEntity c = new CandidateEntity();
                c.roundId = roundId;
                c.regionPath = r.regionPath;
                c.seq = i + 1;
                c.proposalId = item.proposalId();
                c.title = Texts.optional(item.title(), "title", Texts.SHORT);
                c.title = c.title != null ? c.title : p != null ? p.title : null;
                if (c.title == null) {
                    throw new ValidationException("candidates[" + i + "].title", "is required for a new item");
                }
                String d = Texts.optional(item.description(), "description", Texts.LONG);
                c.description = d != null ? d : p != null ? p.description : null;
                c.budgetPlanned = item.budget() != null ? item.budget() : p != null ? p.budget : null;
                if (c.budgetPlanned == null) {
                    throw new ValidationException("candidates[" + i + "].budget", "is required (the proposal has none)");
                }
                c.beneficiaries = item.beneficiaries() != null ? item.beneficiaries()
                        : p != null && p.beneficiaries != null ? p.beneficiaries : 0;
                c.listedOn = on;
                c.elected = 0;
                c.budgetSpent = BigDecimal.ZERO;
                c.percentDone = 0;
                em.persist(c);
                out.add(c);
            }
            r.status = next.name();
            r.reviewDecision = null;
            r.reviewNote = null;
            r.reviewedOn = null;
            em.flush();
            return out.stream().map(c -> LivelihoodMapper.candidate(c, false)).toList();
        });
    }

    public List<Candidate> candidates(long roundId) {
        return tx.read(em -> {
            RoundEntity r = find(em, roundId);
            return candidates(em, roundId).stream()
                    .map(c -> LivelihoodMapper.candidate(c, LivelihoodMapper.published(r))).toList();
        });
    }

    /** The standing committee's review: approved, the list goes to the vote; returned, the government redrafts. */
    public Round review(long roundId, ReviewInput in, String actor) {
        Texts.present(in, "body");
        ReviewDecision decision = Texts.present(in.decision(), "decision");
        String note = Texts.optional(in.note(), "note", 2000);
        if (decision == ReviewDecision.RETURNED && note == null) {
            throw new ValidationException("note", "is required when the list is returned: say what to change");
        }
        LocalDate on = in.on() == null ? LocalDate.now() : in.on();
        if (on.isAfter(LocalDate.now())) {
            throw new ValidationException("on", "is in the future");
        }
        return tx.write(em -> {
            RoundEntity r = find(em, roundId);
            scope.requireActive(r);
            r.status = RoundFlow.next(roundId, RoundStatus.valueOf(r.status), RoundAction.REVIEW,
                    decision == ReviewDecision.APPROVED).name();
            r.reviewDecision = decision.name();
            r.reviewNote = note;
            r.reviewedOn = on;
            em.flush();
            return view(em, r);
        });
    }

    // --- shared ----------------------------------------------------------------------------------------------

    RoundEntity find(EntityManager em, long id) {
        return scope.visible(em.find(RoundEntity.class, id), id);
    }

    static RoundEntity byYear(EntityManager em, long regionId, int year) {
        return em.createQuery("SELECT r FROM RoundEntity r WHERE r.regionId = :region AND r.year = :year",
                RoundEntity.class).setParameter("region", regionId).setParameter("year", year).getResultList()
                .stream().findFirst().orElse(null);
    }

    static List<CandidateEntity> candidates(EntityManager em, long roundId) {
        return em.createQuery("SELECT c FROM CandidateEntity c WHERE c.roundId = :r ORDER BY c.seq",
                CandidateEntity.class).setParameter("r", roundId).getResultList();
    }

    static Round view(EntityManager em, RoundEntity r) {
        long proposals = em.createQuery("SELECT COUNT(p) FROM ProposalEntity p WHERE p.roundId = :r", Long.class)
                .setParameter("r", r.id).getSingleResult();
        long candidates = em.createQuery("SELECT COUNT(c) FROM CandidateEntity c WHERE c.roundId = :r", Long.class)
                .setParameter("r", r.id).getSingleResult();
        return LivelihoodMapper.round(r, (int) proposals, (int) candidates);
    }

    /** Yuan, 0 or more, two decimals at most. */
    static BigDecimal money(BigDecimal value, String field, boolean required) {
        if (value == null) {
            if (required) {
                throw new ValidationException(field, "is required");
            }
            return null;
        }
        if (value.signum() < 0 || value.compareTo(MAX_BUDGET) > 0) {
            throw new ValidationException(field, "must be between 0 and " + MAX_BUDGET.toPlainString() + " yuan");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(field, "has more than two decimals");
        }
        return value;
    }
}
