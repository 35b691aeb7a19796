package org.lianxin.practice.livelihood.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DeputyService;
import org.lianxin.api.DutyService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.RegionService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.DutyRecordInput;
import org.lianxin.practice.livelihood.api.BallotReceipt;
import org.lianxin.practice.livelihood.api.ElectorateBody;
import org.lianxin.practice.livelihood.api.Outcome;
import org.lianxin.practice.livelihood.api.Result;
import org.lianxin.practice.livelihood.api.ResultRow;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.practice.livelihood.api.RoundAction;
import org.lianxin.practice.livelihood.api.RoundStatus;
import org.lianxin.practice.livelihood.internal.jpa.BallotEntity;
import org.lianxin.practice.livelihood.internal.jpa.CandidateEntity;
import org.lianxin.practice.livelihood.internal.jpa.ElectorEntity;
import org.lianxin.practice.livelihood.internal.jpa.RoundEntity;
import org.lianxin.practice.livelihood.internal.jpa.VoterEntity;
import org.lianxin.practice.livelihood.internal.model.BallotInput;
import org.lianxin.practice.livelihood.internal.model.OpenVoteInput;
import org.lianxin.practice.livelihood.internal.model.Voter;
import org.lianxin.practice.support.PracticeScope;
import org.lianxin.practice.support.Texts;
import org.lianxin.practice.support.Duplicates;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The vote at the session: the electorate fixed when it opens, secret ballots, the exact count when it closes, the
 * publication of the result.
 * <p>
 * Secrecy: that a deputy voted is a row of {@code LX_LIVELIHOOD_VOTER} (round, deputy); what a ballot says is a row
 * of {@code LX_LIVELIHOOD_BALLOT} (a random id, the round, the choices) with no deputy and no time. Nothing joins the
 * two, and no answer tells who chose what.
 */
@Component(service = Voting.class)
public class Voting {
    static final String DUTY_SOURCE = "livelihood-vote:";

    private final LivelihoodTx tx;
    private final Scope scope;
    private final Rounds rounds;
    private final RegionService regions;
    private final DeputyService deputies;
    private final DutyService duties;

    @Activate
    public Voting(@Reference LivelihoodTx tx, @Reference Scope scope, @Reference Rounds rounds,
            @Reference RegionService regions, @Reference DeputyService deputies, @Reference DutyService duties) {
        this.tx = tx;
        this.scope = scope;
        this.rounds = rounds;
        this.regions = regions;
        this.deputies = deputies;
        this.duties = duties;
    }

    /** Opens the vote of a DEPUTIES round; the deputies present, each a deputy of the round's region or below, are the electorate. */
    public Round open(long roundId, OpenVoteInput in, String actor) {
        Texts.present(in, "body");
        List<Long> ids = electors(in.deputyIds(), "deputyIds", "deputies");
        LocalDate session = sessionDate(in.sessionDate());
        // outside the transaction: core's reads first, then our writes
        Round round = rounds.get(roundId);
        Electorates.require(roundId, round.electorateBody(), round.councilId(), ElectorateBody.DEPUTIES,
                "open the vote", "rounds/" + roundId + "/vote/open", "vote/open");
        Set<Long> subtree = new HashSet<>(regions.subtreeIds(round.regionId()));
        for (long id : ids) {
            Deputy d = deputy(id, "deputyIds");
            if (!subtree.contains(d.regionId())) {
                throw new ValidationException("deputyIds", "deputy " + id + " (" + d.name() + ") is not a deputy of "
                        + regions.get(round.regionId()).name() + " or a region below it");
            }
        }
        return open(roundId, ElectorateBody.DEPUTIES, ids, session);
    }

    /** The electors present, checked for form: present, not empty, no empty or repeated id. */
    static List<Long> electors(List<Long> ids, String field, String who) {
        Texts.present(ids, field);
        if (ids.isEmpty()) {
            throw new ValidationException(field, "name the " + who + " present: they are the electorate");
        }
        if (ids.stream().anyMatch(id -> id == null)) {
            throw new ValidationException(field, "holds an empty value");
        }
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw new ValidationException(field, "names someone more than once");
        }
        return List.copyOf(ids);
    }

    static LocalDate sessionDate(LocalDate in) {
        LocalDate session = in == null ? LocalDate.now() : in;
        if (session.isAfter(LocalDate.now())) {
            throw new ValidationException("sessionDate", "is in the future");
        }
        return session;
    }

    /** Opens the vote of a round of {@code body} with the electors present (checked by the caller). */
    Round open(long roundId, ElectorateBody body, List<Long> ids, LocalDate session) {
        return tx.write(em -> {
            RoundEntity r = rounds.find(em, roundId);
            Electorates.require(roundId, LivelihoodMapper.body(r), r.councilId, body, "open the vote",
                    "rounds/" + roundId + "/vote/open", "vote/open");
            scope.requireActive(r);
            RoundStatus next = RoundFlow.next(roundId, RoundStatus.valueOf(r.status), RoundAction.OPEN_VOTE);
            int candidates = Rounds.candidates(em, roundId).size();
            if (candidates <= r.places) {
                throw new ConflictException("round " + roundId + " has " + candidates + " candidates for " + r.places
                        + " places; the vote needs more candidates than places (差额)");
            }
            for (long id : ids) {
                ElectorEntity e = new ElectorEntity();
                e.roundId = roundId;
                e.electorId = id;
                em.persist(e);
            }
            r.status = next.name();
            r.sessionDate = session;
            r.voteOpenedAt = LocalDateTime.now(ZoneOffset.UTC);
            r.electorate = ids.size();
            em.flush();
            return Rounds.view(em, r);
        });
    }

    /**
     * One deputy's secret ballot. Refused, and never counted: a second ballot of the same deputy, a ballot after the
     * vote closed, a deputy not in the electorate (409 each); too many, repeated or unknown candidates (400).
     */
    public BallotReceipt cast(long roundId, BallotInput in, String actor) {
        Texts.present(in, "body");
        long deputyId = Texts.present(in.deputyId(), "deputyId");
        PracticeScope.requireDeputy(deputyId, "a ballot");
        return cast(roundId, ElectorateBody.DEPUTIES, deputyId, in.candidateIds(), actor);
    }

    /** One elector's secret ballot in a round of {@code body}, refused as {@link #cast(long, BallotInput, String)} says. */
    BallotReceipt cast(long roundId, ElectorateBody body, long electorId, List<Long> candidateIds, String actor) {
        Texts.present(candidateIds, "candidateIds");
        try {
            return tx.write(em -> castIn(em, roundId, body, electorId, candidateIds, actor));
        } catch (RuntimeException e) {
            if (Duplicates.isDuplicate(e) && voted(roundId, electorId)) {
                // the same elector's other ballot won the race: the unique index on (round, elector) refused this one
                throw alreadyVoted(roundId, body, electorId);
            }
            throw e;
        }
    }

    private BallotReceipt castIn(EntityManager em, long roundId, ElectorateBody body, long electorId,
            List<Long> choices, String actor) {
        RoundEntity r = rounds.find(em, roundId);
        Electorates.require(roundId, LivelihoodMapper.body(r), r.councilId, body, "cast the ballot",
                "rounds/" + roundId + "/ballots", "ballots");
        scope.requireActivation(r);
        RoundStatus status = RoundStatus.valueOf(r.status);
        if (r.voteClosedAt != null) {
            throw new ConflictException("the vote of round " + roundId + " closed at "
                    + LivelihoodMapper.instant(r.voteClosedAt) + "; a ballot after the close is not accepted");
        }
        RoundFlow.next(roundId, status, RoundAction.CAST_BALLOT);
        boolean elector = !em.createQuery("SELECT e.id FROM ElectorEntity e WHERE e.roundId = :r AND e.electorId = :d",
                Long.class).setParameter("r", roundId).setParameter("d", electorId).getResultList().isEmpty();
        if (!elector) {
            throw new ConflictException(body.noun() + " " + electorId + " is not entitled to vote in round " + roundId
                    + ": only the " + body.noun() + "s present when the vote opened (the electorate of "
                    + r.electorate + ") may cast a ballot");
        }
        if (hasVoted(em, roundId, electorId)) {
            throw alreadyVoted(roundId, body, electorId);
        }
        Set<Long> candidates = Rounds.candidates(em, roundId).stream().map(c -> c.id).collect(Collectors.toSet());
        List<Long> checked = Counting.checkBallot(choices, candidates, r.places);
        // the round must not close between our check and our commit: a close changes its version
        em.lock(r, LockModeType.OPTIMISTIC);
        VoterEntity v = new VoterEntity();
        v.roundId = roundId;
        v.electorId = electorId;
        em.persist(v);
        em.flush(); // the unique index on (round, elector) refuses a concurrent second ballot here
        BallotEntity b = new BallotEntity();
        b.id = UUID.randomUUID().toString();
        b.roundId = roundId;
        b.choices = Counting.store(checked);
        em.persist(b);
        if (body == ElectorateBody.DEPUTIES) {
            // participation only: the record says the deputy voted, never what; representatives have no duty register
            v.dutyRecordId = duties.recordVerified(new DutyRecordInput(electorId, DutyKind.SESSION, r.sessionDate,
                    null, null, null, "民生实事项目票决：" + r.title), DUTY_SOURCE + roundId, actor).id();
        }
        em.flush();
        long cast = em.createQuery("SELECT COUNT(v) FROM VoterEntity v WHERE v.roundId = :r", Long.class)
                .setParameter("r", roundId).getSingleResult();
        return new BallotReceipt(roundId, electorId, "ballot received and counted in the secret count", cast,
                r.electorate, v.dutyRecordId);
    }

    /** Closes the vote and counts it exactly; the count is answered to the caller and kept until published. */
    public Result close(long roundId, String actor) {
        return tx.write(em -> {
            RoundEntity r = rounds.find(em, roundId);
            scope.requireActive(r);
            r.status = RoundFlow.next(roundId, RoundStatus.valueOf(r.status), RoundAction.CLOSE_VOTE).name();
            r.voteClosedAt = LocalDateTime.now(ZoneOffset.UTC);
            em.flush(); // a ballot still open now fails its version check at commit
            List<String> ballots = em.createQuery("SELECT b.choices FROM BallotEntity b WHERE b.roundId = :r",
                    String.class).setParameter("r", roundId).getResultList();
            long voters = em.createQuery("SELECT COUNT(v) FROM VoterEntity v WHERE v.roundId = :r", Long.class)
                    .setParameter("r", roundId).getSingleResult();
            if (voters != ballots.size()) {
                throw new IllegalStateException("round " + roundId + ": " + voters + " voters but " + ballots.size()
                        + " ballots");
            }
            List<CandidateEntity> candidates = Rounds.candidates(em, roundId);
            List<ResultRow> rows = Counting.count(candidates.stream()
                    .map(c -> new Counting.Candidate(c.id, c.seq, c.title, c.beneficiaries)).toList(), ballots,
                    r.places);
            Map<Long, CandidateEntity> byId = candidates.stream().collect(Collectors.toMap(c -> c.id,
                    Function.identity()));
            for (ResultRow row : rows) {
                CandidateEntity c = byId.get(row.candidateId());
                c.votes = row.votes();
                c.elected = row.outcome() == Outcome.ELECTED ? 1 : 0;
            }
            r.ballotsCast = ballots.size();
            em.flush();
            return result(r, rows);
        });
    }

    /** Makes the result public: from now on anyone reads it. */
    public Result publish(long roundId, String actor) {
        return tx.write(em -> {
            RoundEntity r = rounds.find(em, roundId);
            scope.requireActive(r);
            r.status = RoundFlow.next(roundId, RoundStatus.valueOf(r.status), RoundAction.PUBLISH).name();
            r.publishedAt = LocalDateTime.now(ZoneOffset.UTC);
            em.flush();
            return result(r, rows(em, r));
        });
    }

    /** The published result; before publication a 409 says where the round stands. */
    public Result result(long roundId) {
        return tx.read(em -> {
            RoundEntity r = rounds.find(em, roundId);
            if (r.publishedAt == null) {
                throw new ConflictException("the result of round " + roundId + " is not published (status "
                        + r.status + ")" + (r.voteClosedAt == null ? "" : "; it was counted when the vote closed at "
                                + LivelihoodMapper.instant(r.voteClosedAt) + " and is public once published"));
            }
            return result(r, rows(em, r));
        });
    }

    public boolean voted(long roundId, long electorId) {
        return tx.read(em -> hasVoted(em, roundId, electorId));
    }

    /** The electors present (the electorate) and whether each voted; never what. */
    public List<Voter> voters(long roundId) {
        return tx.read(em -> {
            rounds.find(em, roundId);
            Set<Long> voted = new HashSet<>(em.createQuery("SELECT v.electorId FROM VoterEntity v WHERE v.roundId = :r",
                    Long.class).setParameter("r", roundId).getResultList());
            List<Voter> out = new ArrayList<>();
            for (Long id : em.createQuery("SELECT e.electorId FROM ElectorEntity e WHERE e.roundId = :r ORDER BY"
                    + " e.electorId", Long.class).setParameter("r", roundId).getResultList()) {
                out.add(new Voter(id, voted.contains(id)));
            }
            return out;
        });
    }

    private static boolean hasVoted(EntityManager em, long roundId, long electorId) {
        return !em.createQuery("SELECT v.id FROM VoterEntity v WHERE v.roundId = :r AND v.electorId = :d", Long.class)
                .setParameter("r", roundId).setParameter("d", electorId).getResultList().isEmpty();
    }

    static ConflictException alreadyVoted(long roundId, ElectorateBody body, long electorId) {
        return new ConflictException(body.noun() + " " + electorId + " has already voted in round " + roundId
                + "; a " + body.noun() + " casts one ballot only, and this one is not counted");
    }

    /** The stored count, ranked again from the candidates' votes (the same order as at the close). */
    static List<ResultRow> rows(EntityManager em, RoundEntity r) {
        List<Counting.Candidate> cands = new ArrayList<>();
        List<String> ballots = em.createQuery("SELECT b.choices FROM BallotEntity b WHERE b.roundId = :r",
                String.class).setParameter("r", r.id).getResultList();
        for (CandidateEntity c : Rounds.candidates(em, r.id)) {
            cands.add(new Counting.Candidate(c.id, c.seq, c.title, c.beneficiaries));
        }
        return Counting.count(cands, ballots, r.places);
    }

    static Result result(RoundEntity r, List<ResultRow> rows) {
        int cast = r.ballotsCast == null ? 0 : r.ballotsCast;
        int electorate = r.electorate == null ? 0 : r.electorate;
        return new Result(r.id, r.year, r.places, electorate, cast, Counting.percent(cast, electorate),
                Counting.majority(cast), "elected: within the first " + r.places + " by votes and approved by more"
                        + " than half of the " + cast + " ballots cast (at least " + Counting.majority(cast)
                        + " votes). " + Counting.TIE_RULE, rows, r.publishedAt != null,
                LivelihoodMapper.instant(r.publishedAt));
    }

    private Deputy deputy(long id, String field) {
        try {
            return deputies.get(id);
        } catch (NotFoundException e) {
            throw new ValidationException(field, "deputy " + id + " does not exist");
        }
    }
}
