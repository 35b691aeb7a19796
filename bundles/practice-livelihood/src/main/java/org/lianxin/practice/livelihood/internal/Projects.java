package org.lianxin.practice.livelihood.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DeputyService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.RegionService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.practice.livelihood.api.ElectorateBody;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.practice.livelihood.api.RoundAction;
import org.lianxin.practice.livelihood.api.RoundStatus;
import org.lianxin.practice.livelihood.api.SatisfactionTally;
import org.lianxin.practice.livelihood.api.Verdict;
import org.lianxin.practice.livelihood.internal.jpa.CandidateEntity;
import org.lianxin.practice.livelihood.internal.jpa.MilestoneEntity;
import org.lianxin.practice.livelihood.internal.jpa.ProgressEntity;
import org.lianxin.practice.livelihood.internal.jpa.ReviewEntity;
import org.lianxin.practice.livelihood.internal.jpa.RoundEntity;
import org.lianxin.practice.livelihood.internal.jpa.SatisfactionEntity;
import org.lianxin.practice.livelihood.internal.model.Milestone;
import org.lianxin.practice.livelihood.internal.model.MilestoneInput;
import org.lianxin.practice.livelihood.internal.model.Progress;
import org.lianxin.practice.livelihood.internal.model.ProgressInput;
import org.lianxin.practice.livelihood.internal.model.Project;
import org.lianxin.practice.livelihood.internal.model.Rating;
import org.lianxin.practice.livelihood.internal.model.SatisfactionInput;
import org.lianxin.practice.livelihood.internal.model.Supervision;
import org.lianxin.practice.livelihood.internal.model.SupervisionInput;
import org.lianxin.practice.support.PracticeScope;
import org.lianxin.practice.support.Texts;
import org.lianxin.practice.support.Duplicates;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The chosen projects through the year: milestones, progress (percent done, budget spent), supervision reviews
 * (三评一问) and the year-end satisfaction vote; closing the round.
 */
@Component(service = Projects.class)
public class Projects {
    private final LivelihoodTx tx;
    private final Scope scope;
    private final Rounds rounds;
    private final RegionService regions;
    private final DeputyService deputies;

    @Activate
    public Projects(@Reference LivelihoodTx tx, @Reference Scope scope, @Reference Rounds rounds,
            @Reference RegionService regions, @Reference DeputyService deputies) {
        this.tx = tx;
        this.scope = scope;
        this.rounds = rounds;
        this.regions = regions;
        this.deputies = deputies;
    }

    /** The chosen projects of the region's subtree (or everywhere active; council rounds where the council is), newest year first. */
    public Page<Project> list(Long regionId, Integer year, PageRequest page) {
        Scope.Where where = scope.where(regionId);
        String jpql = " FROM CandidateEntity c, RoundEntity r WHERE c.roundId = r.id AND c.elected = 1 AND "
                + where.condition("c", "r") + (year == null ? "" : " AND r.year = :year");
        return tx.read(em -> {
            TypedQuery<Long> count = where.bind(em.createQuery("SELECT COUNT(c)" + jpql, Long.class));
            TypedQuery<CandidateEntity> rows = where.bind(em.createQuery("SELECT c" + jpql
                    + " ORDER BY r.year DESC, c.roundId DESC, c.votes DESC, c.seq", CandidateEntity.class));
            if (year != null) {
                count.setParameter("year", year);
                rows.setParameter("year", year);
            }
            List<Project> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(c -> view(em, c, em.find(RoundEntity.class, c.roundId))).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    public Project get(long id) {
        return tx.read(em -> {
            CandidateEntity c = find(em, id);
            return view(em, c, rounds.find(em, c.roundId));
        });
    }

    public List<Milestone> milestones(long projectId) {
        return tx.read(em -> {
            find(em, projectId);
            return em.createQuery("SELECT m FROM MilestoneEntity m WHERE m.projectId = :p ORDER BY m.dueOn, m.id",
                    MilestoneEntity.class).setParameter("p", projectId).getResultList().stream()
                    .map(LivelihoodMapper::milestone).toList();
        });
    }

    public Milestone addMilestone(long projectId, MilestoneInput in, String actor) {
        Texts.present(in, "body");
        String title = Texts.required(in.title(), "title", Texts.SHORT);
        LocalDate due = Texts.present(in.dueOn(), "dueOn");
        notFuture(in.doneOn(), "doneOn");
        return tx.write(em -> {
            track(em, projectId);
            MilestoneEntity m = new MilestoneEntity();
            m.projectId = projectId;
            m.title = title;
            m.dueOn = due;
            m.doneOn = in.doneOn();
            m.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(m);
            em.flush();
            return LivelihoodMapper.milestone(m);
        });
    }

    /** The milestone reached on {@code doneOn} (today when absent). */
    public Milestone milestoneDone(long projectId, long milestoneId, LocalDate doneOn, String actor) {
        LocalDate on = doneOn == null ? LocalDate.now() : doneOn;
        notFuture(on, "doneOn");
        return tx.write(em -> {
            track(em, projectId);
            MilestoneEntity m = em.find(MilestoneEntity.class, milestoneId);
            if (m == null || m.projectId != projectId) {
                throw new NotFoundException("milestone", milestoneId);
            }
            m.doneOn = on;
            return LivelihoodMapper.milestone(m);
        });
    }

    public List<Progress> progress(long projectId) {
        return tx.read(em -> {
            find(em, projectId);
            return em.createQuery("SELECT p FROM ProgressEntity p WHERE p.projectId = :p ORDER BY p.reportedOn, p.id",
                    ProgressEntity.class).setParameter("p", projectId).getResultList().stream()
                    .map(LivelihoodMapper::progress).toList();
        });
    }

    /** Progress reported; percent done never goes down without a note saying why. 100% finishes the project. */
    public Project report(long projectId, ProgressInput in, String actor) {
        Texts.present(in, "body");
        int percent = Texts.present(in.percentDone(), "percentDone");
        if (percent < 0 || percent > 100) {
            throw new ValidationException("percentDone", "must be between 0 and 100");
        }
        BigDecimal spent = Rounds.money(in.budgetSpent(), "budgetSpent", false);
        String note = Texts.optional(in.note(), "note", 2000);
        LocalDate on = in.on() == null ? LocalDate.now() : in.on();
        notFuture(on, "on");
        return tx.write(em -> {
            CandidateEntity c = track(em, projectId);
            checkProgress(c.percentDone, percent, note);
            ProgressEntity p = new ProgressEntity();
            p.projectId = projectId;
            p.reportedOn = on;
            p.percentDone = percent;
            p.budgetSpent = spent == null ? c.budgetSpent : spent;
            p.note = note;
            p.actor = actor;
            p.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(p);
            c.percentDone = percent;
            c.budgetSpent = p.budgetSpent;
            c.finishedOn = percent == 100 ? (c.finishedOn == null ? on : c.finishedOn) : null;
            em.flush();
            return view(em, c, em.find(RoundEntity.class, c.roundId));
        });
    }

    /** Percent done goes down only with a note (a setback explained). */
    static void checkProgress(int before, int after, String note) {
        if (after < before && note == null) {
            throw new ValidationException("percentDone", after + "% is below the " + before
                    + "% reported before; a lower figure needs a note saying why");
        }
    }

    public List<Supervision> reviews(long projectId) {
        return tx.read(em -> {
            find(em, projectId);
            return em.createQuery("SELECT r FROM ReviewEntity r WHERE r.projectId = :p ORDER BY r.reviewedOn, r.id",
                    ReviewEntity.class).setParameter("p", projectId).getResultList().stream()
                    .map(LivelihoodMapper::supervision).toList();
        });
    }

    public Supervision review(long projectId, SupervisionInput in, String actor) {
        Texts.present(in, "body");
        String reviewer = Texts.required(in.reviewer(), "reviewer", Texts.NAME);
        String findings = Texts.required(in.findings(), "findings", Texts.LONG);
        Rating rating = Texts.present(in.rating(), "rating");
        LocalDate on = in.on() == null ? LocalDate.now() : in.on();
        notFuture(on, "on");
        return tx.write(em -> {
            track(em, projectId);
            ReviewEntity r = new ReviewEntity();
            r.projectId = projectId;
            r.reviewedOn = on;
            r.reviewer = reviewer;
            r.findings = findings;
            r.rating = rating.name();
            r.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(r);
            em.flush();
            return LivelihoodMapper.supervision(r);
        });
    }

    /** A deputy's year-end vote on a project: one per deputy and project, by deputies of the round's region. */
    public SatisfactionTally satisfaction(long projectId, SatisfactionInput in, String actor) {
        Texts.present(in, "body");
        long deputyId = Texts.present(in.deputyId(), "deputyId");
        PracticeScope.requireDeputy(deputyId, "a satisfaction vote");
        Verdict verdict = Texts.present(in.verdict(), "verdict");
        LocalDate on = in.on() == null ? LocalDate.now() : in.on();
        notFuture(on, "on");
        Project project = get(projectId);
        Round round = rounds.get(project.roundId());
        Electorates.require(round.id(), round.electorateBody(), round.councilId(), ElectorateBody.DEPUTIES,
                "take the satisfaction vote", "projects/" + projectId + "/satisfaction", "satisfaction");
        Deputy d;
        try {
            d = deputies.get(deputyId);
        } catch (NotFoundException e) {
            throw new ValidationException("deputyId", "deputy " + deputyId + " does not exist");
        }
        if (!new HashSet<>(regions.subtreeIds(project.regionId())).contains(d.regionId())) {
            throw new ConflictException("deputy " + deputyId + " (" + d.name() + ") is not a deputy of "
                    + regions.get(project.regionId()).name() + " and cannot vote on its projects");
        }
        return judge(projectId, ElectorateBody.DEPUTIES, deputyId, verdict, on);
    }

    /** An elector's year-end verdict on a project of a round of {@code body} (the elector checked by the caller). */
    SatisfactionTally judge(long projectId, ElectorateBody body, long electorId, Verdict verdict, LocalDate on) {
        Texts.present(verdict, "verdict");
        LocalDate day = on == null ? LocalDate.now() : on;
        notFuture(day, "on");
        try {
            return tx.write(em -> {
                CandidateEntity c = find(em, projectId);
                RoundEntity r = rounds.find(em, c.roundId);
                Electorates.require(r.id, LivelihoodMapper.body(r), r.councilId, body, "take the satisfaction vote",
                        "projects/" + projectId + "/satisfaction", "satisfaction");
                scope.requireActivation(r);
                RoundFlow.next(r.id, RoundStatus.valueOf(r.status), RoundAction.SATISFACTION_VOTE);
                if (!em.createQuery("SELECT s.id FROM SatisfactionEntity s WHERE s.projectId = :p AND s.electorId = :d",
                        Long.class).setParameter("p", projectId).setParameter("d", electorId).getResultList()
                        .isEmpty()) {
                    throw alreadyJudged(projectId, body, electorId);
                }
                SatisfactionEntity s = new SatisfactionEntity();
                s.projectId = projectId;
                s.electorId = electorId;
                s.verdict = verdict.name();
                s.votedOn = day;
                em.persist(s);
                em.flush();
                return tally(em, projectId);
            });
        } catch (RuntimeException e) {
            if (Duplicates.isDuplicate(e)) {
                throw alreadyJudged(projectId, body, electorId);
            }
            throw e;
        }
    }

    public SatisfactionTally tally(long projectId) {
        return tx.read(em -> {
            find(em, projectId);
            return tally(em, projectId);
        });
    }

    /** Closes the round at year end, after the satisfaction vote. */
    public Round closeRound(long roundId, String actor) {
        return tx.write(em -> {
            RoundEntity r = rounds.find(em, roundId);
            scope.requireActive(r);
            r.status = RoundFlow.next(roundId, RoundStatus.valueOf(r.status), RoundAction.CLOSE).name();
            r.closedAt = LocalDateTime.now(ZoneOffset.UTC);
            em.flush();
            return Rounds.view(em, r);
        });
    }

    // --- shared ----------------------------------------------------------------------------------------------

    private static ConflictException alreadyJudged(long projectId, ElectorateBody body, long electorId) {
        return new ConflictException(body.noun() + " " + electorId + " has already voted on the satisfaction with"
                + " project " + projectId + "; one vote per " + body.noun() + " and project");
    }

    /** A chosen project (an elected candidate) of a round where the practice is active. */
    CandidateEntity find(EntityManager em, long id) {
        CandidateEntity c = em.find(CandidateEntity.class, id);
        if (c == null || c.elected != 1) {
            throw new NotFoundException("project", id);
        }
        if (rounds.find(em, c.roundId).publishedAt == null) {
            throw new NotFoundException("project", id); // the result is not public yet
        }
        return c;
    }

    /** The project, for a tracking entry: the round moves from RESULT_PUBLISHED to TRACKING with the first one. */
    private CandidateEntity track(EntityManager em, long projectId) {
        CandidateEntity c = find(em, projectId);
        RoundEntity r = em.find(RoundEntity.class, c.roundId);
        scope.requireActive(r);
        r.status = RoundFlow.next(r.id, RoundStatus.valueOf(r.status), RoundAction.TRACK).name();
        return c;
    }

    static SatisfactionTally tally(EntityManager em, long projectId) {
        long[] n = new long[Verdict.values().length];
        for (Object[] row : em.createQuery("SELECT s.verdict, COUNT(s) FROM SatisfactionEntity s WHERE s.projectId = :p"
                + " GROUP BY s.verdict", Object[].class).setParameter("p", projectId).getResultList()) {
            n[Verdict.valueOf((String) row[0]).ordinal()] = (Long) row[1];
        }
        return LivelihoodMapper.tally(projectId, n[Verdict.SATISFIED.ordinal()],
                n[Verdict.BASICALLY_SATISFIED.ordinal()], n[Verdict.UNSATISFIED.ordinal()]);
    }

    static Project view(EntityManager em, CandidateEntity c, RoundEntity r) {
        long milestones = em.createQuery("SELECT COUNT(m) FROM MilestoneEntity m WHERE m.projectId = :p", Long.class)
                .setParameter("p", c.id).getSingleResult();
        long done = em.createQuery("SELECT COUNT(m) FROM MilestoneEntity m WHERE m.projectId = :p AND m.doneOn IS NOT"
                + " NULL", Long.class).setParameter("p", c.id).getSingleResult();
        long reviews = em.createQuery("SELECT COUNT(r) FROM ReviewEntity r WHERE r.projectId = :p", Long.class)
                .setParameter("p", c.id).getSingleResult();
        return LivelihoodMapper.project(c, r, (int) milestones, (int) done, (int) reviews, tally(em, c.id));
    }

    private static void notFuture(LocalDate on, String field) {
        if (on != null && on.isAfter(LocalDate.now())) {
            throw new ValidationException(field, "is in the future");
        }
    }
}
