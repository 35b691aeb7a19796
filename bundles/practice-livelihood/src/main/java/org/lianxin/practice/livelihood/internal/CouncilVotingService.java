package org.lianxin.practice.livelihood.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.lianxin.api.NotFoundException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.practice.livelihood.api.BallotReceipt;
import org.lianxin.practice.livelihood.api.CandidateDraft;
import org.lianxin.practice.livelihood.api.CouncilVoting;
import org.lianxin.practice.livelihood.api.ElectorateBody;
import org.lianxin.practice.livelihood.api.Result;
import org.lianxin.practice.livelihood.api.ReviewDecision;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.practice.livelihood.api.SatisfactionTally;
import org.lianxin.practice.livelihood.api.Verdict;
import org.lianxin.practice.livelihood.internal.model.CandidateItem;
import org.lianxin.practice.livelihood.internal.model.CandidatesInput;
import org.lianxin.practice.livelihood.internal.model.ProgressInput;
import org.lianxin.practice.livelihood.internal.model.Project;
import org.lianxin.practice.livelihood.internal.model.ReviewInput;
import org.lianxin.practice.support.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link CouncilVoting}: the rounds of a council, on the same rounds, vote and count as the deputies' rounds. Each call
 * first checks the round is this council's (404 for another council's, 409 naming livelihood's endpoint for a
 * DEPUTIES round); the electors are the council's to check.
 */
@Component(service = CouncilVoting.class)
public class CouncilVotingService implements CouncilVoting {
    private final Rounds rounds;
    private final Voting voting;
    private final Projects projects;

    @Activate
    public CouncilVotingService(@Reference Rounds rounds, @Reference Voting voting, @Reference Projects projects) {
        this.rounds = rounds;
        this.voting = voting;
        this.projects = projects;
    }

    @Override
    public Round create(long councilId, long regionId, int year, int places, String title, String actor) {
        return rounds.create(regionId, year, places, title, ElectorateBody.COUNCIL, councilId, actor);
    }

    @Override
    public Page<Round> rounds(long councilId, PageRequest page) {
        return rounds.ofCouncil(councilId, page);
    }

    @Override
    public Round round(long councilId, long roundId) {
        return own(councilId, roundId, "read the round", "rounds/" + roundId, "");
    }

    @Override
    public List<Long> listCandidates(long councilId, long roundId, List<CandidateDraft> candidates,
            LocalDate listedOn, String actor) {
        own(councilId, roundId, "list the candidates", "rounds/" + roundId + "/candidates", "candidates");
        List<CandidateItem> items = Texts.present(candidates, "candidates").stream()
                .map(c -> c == null ? null : new CandidateItem(null, c.title(), c.description(), c.budget(),
                        c.beneficiaries())).toList();
        return rounds.draftCandidates(roundId, new CandidatesInput(items, listedOn), actor).stream()
                .map(c -> c.id()).toList();
    }

    @Override
    public Round review(long councilId, long roundId, boolean approved, String note, LocalDate on, String actor) {
        own(councilId, roundId, "review the list", "rounds/" + roundId + "/review", "review");
        return rounds.review(roundId, new ReviewInput(approved ? ReviewDecision.APPROVED : ReviewDecision.RETURNED,
                note, on), actor);
    }

    @Override
    public Round open(long councilId, long roundId, List<Long> electorIds, LocalDate sessionDate, String actor) {
        List<Long> ids = Voting.electors(electorIds, "representativeIds", "representatives");
        LocalDate session = Voting.sessionDate(sessionDate);
        own(councilId, roundId, "open the vote", "rounds/" + roundId + "/vote/open", "vote/open");
        return voting.open(roundId, ElectorateBody.COUNCIL, ids, session);
    }

    @Override
    public BallotReceipt cast(long councilId, long roundId, long electorId, List<Long> candidateIds, String actor) {
        own(councilId, roundId, "cast the ballot", "rounds/" + roundId + "/ballots", "ballots");
        return voting.cast(roundId, ElectorateBody.COUNCIL, electorId, candidateIds, actor);
    }

    @Override
    public Result close(long councilId, long roundId, String actor) {
        own(councilId, roundId, "close the vote", "rounds/" + roundId + "/vote/close", "vote/close");
        return voting.close(roundId, actor);
    }

    @Override
    public Result publish(long councilId, long roundId, String actor) {
        own(councilId, roundId, "publish the result", "rounds/" + roundId + "/publish", "publish");
        return voting.publish(roundId, actor);
    }

    @Override
    public Result result(long councilId, long roundId) {
        own(councilId, roundId, "read the result", "rounds/" + roundId + "/result", "result");
        return voting.result(roundId);
    }

    @Override
    public void track(long councilId, long projectId, int percentDone, BigDecimal budgetSpent, String note,
            LocalDate on, String actor) {
        ownProject(councilId, projectId, "report progress", "projects/" + projectId + "/progress");
        projects.report(projectId, new ProgressInput(percentDone, budgetSpent, note, on), actor);
    }

    @Override
    public SatisfactionTally satisfaction(long councilId, long projectId, long electorId, Verdict verdict,
            LocalDate on, String actor) {
        ownProject(councilId, projectId, "take the satisfaction vote", "projects/" + projectId + "/satisfaction");
        return projects.judge(projectId, ElectorateBody.COUNCIL, electorId, verdict, on);
    }

    /** The round, when it is this council's; a DEPUTIES round is refused naming livelihood's endpoint. */
    private Round own(long councilId, long roundId, String action, String livelihoodPath, String councilPath) {
        Round r = rounds.get(roundId);
        Electorates.require(roundId, r.electorateBody(), r.councilId(), ElectorateBody.COUNCIL, action,
                livelihoodPath, councilPath);
        if (r.councilId() == null || r.councilId() != councilId) {
            throw new NotFoundException("round of council " + councilId, roundId);
        }
        return r;
    }

    private void ownProject(long councilId, long projectId, String action, String livelihoodPath) {
        Project p = projects.get(projectId);
        Round r = rounds.get(p.roundId());
        Electorates.require(r.id(), r.electorateBody(), r.councilId(), ElectorateBody.COUNCIL, action, livelihoodPath,
                "satisfaction");
        if (r.councilId() == null || r.councilId() != councilId) {
            throw new NotFoundException("project of council " + councilId, projectId);
        }
    }
}
