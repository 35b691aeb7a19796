package org.lianxin.practice.livelihood.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.lianxin.practice.livelihood.api.ElectorateBody;
import org.lianxin.practice.livelihood.api.Review;
import org.lianxin.practice.livelihood.api.ReviewDecision;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.practice.livelihood.api.RoundStatus;
import org.lianxin.practice.livelihood.api.SatisfactionTally;
import org.lianxin.practice.livelihood.internal.jpa.CandidateEntity;
import org.lianxin.practice.livelihood.internal.jpa.MilestoneEntity;
import org.lianxin.practice.livelihood.internal.jpa.ProgressEntity;
import org.lianxin.practice.livelihood.internal.jpa.ProposalEntity;
import org.lianxin.practice.livelihood.internal.jpa.ReviewEntity;
import org.lianxin.practice.livelihood.internal.jpa.RoundEntity;
import org.lianxin.practice.livelihood.internal.model.Candidate;
import org.lianxin.practice.livelihood.internal.model.Milestone;
import org.lianxin.practice.livelihood.internal.model.Progress;
import org.lianxin.practice.livelihood.internal.model.Project;
import org.lianxin.practice.livelihood.internal.model.Proposal;
import org.lianxin.practice.livelihood.internal.model.ProposalSource;
import org.lianxin.practice.livelihood.internal.model.Rating;
import org.lianxin.practice.livelihood.internal.model.Supervision;

/** Rows to what callers see. Votes show only once the result is published. */
final class LivelihoodMapper {

    private LivelihoodMapper() {
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static boolean published(RoundEntity r) {
        return r.publishedAt != null;
    }

    static Round round(RoundEntity r, int proposals, int candidates) {
        RoundStatus status = RoundStatus.valueOf(r.status);
        ReviewDecision decision = r.reviewDecision == null ? null : ReviewDecision.valueOf(r.reviewDecision);
        return new Round(r.id, r.regionId, r.year, r.title, r.places, body(r), r.councilId, status, status.zh(),
                proposals, candidates,
                decision == null ? null : new Review(decision, decision.zh(), r.reviewNote, r.reviewedOn),
                r.sessionDate, instant(r.voteOpenedAt), instant(r.voteClosedAt), r.electorate, r.ballotsCast,
                r.ballotsCast == null || r.electorate == null ? null : Counting.percent(r.ballotsCast, r.electorate),
                instant(r.publishedAt), List.copyOf(RoundFlow.allowed(status)), r.createdBy, instant(r.createdAt));
    }

    /** Rounds stored before the electorate body existed read as DEPUTIES (the column's default). */
    static ElectorateBody body(RoundEntity r) {
        return r.electorateBody == null ? ElectorateBody.DEPUTIES : ElectorateBody.valueOf(r.electorateBody);
    }

    static Proposal proposal(ProposalEntity p) {
        ProposalSource source = ProposalSource.valueOf(p.source);
        return new Proposal(p.id, p.roundId, source, source.zh(), p.proposer, p.deputyId, p.title, p.description,
                p.budget, p.beneficiaries, p.proposedOn);
    }

    static Candidate candidate(CandidateEntity c, boolean published) {
        return new Candidate(c.id, c.roundId, c.seq, c.proposalId, c.title, c.description, c.budgetPlanned,
                c.beneficiaries, published ? c.votes : null, published ? c.elected == 1 : null);
    }

    static Project project(CandidateEntity c, RoundEntity r, int milestones, int milestonesDone, int reviews,
            SatisfactionTally satisfaction) {
        return new Project(c.id, c.roundId, r.regionId, r.year, c.title, c.description, c.budgetPlanned,
                c.budgetSpent, c.percentDone, c.finishedOn, c.votes == null ? 0 : c.votes, milestones, milestonesDone,
                reviews, satisfaction);
    }

    static Milestone milestone(MilestoneEntity m) {
        return new Milestone(m.id, m.projectId, m.title, m.dueOn, m.doneOn);
    }

    static Progress progress(ProgressEntity p) {
        return new Progress(p.id, p.projectId, p.reportedOn, p.percentDone, p.budgetSpent, p.note, p.actor);
    }

    static Supervision supervision(ReviewEntity r) {
        Rating rating = Rating.valueOf(r.rating);
        return new Supervision(r.id, r.projectId, r.reviewedOn, r.reviewer, r.findings, rating, rating.zh());
    }

    /** The tally from the counts; rate = (satisfied + basically satisfied) / votes. */
    static SatisfactionTally tally(long projectId, long satisfied, long basically, long unsatisfied) {
        long votes = satisfied + basically + unsatisfied;
        return new SatisfactionTally(projectId, votes, satisfied, basically, unsatisfied,
                Counting.percent(satisfied + basically, votes));
    }
}
