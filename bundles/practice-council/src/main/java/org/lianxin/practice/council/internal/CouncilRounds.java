package org.lianxin.practice.council.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.api.ConflictException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.practice.council.internal.jpa.CouncilEntity;
import org.lianxin.practice.council.internal.jpa.RepresentativeEntity;
import org.lianxin.practice.council.internal.model.CouncilBallotInput;
import org.lianxin.practice.council.internal.model.CouncilRoundInput;
import org.lianxin.practice.council.internal.model.CouncilSatisfactionInput;
import org.lianxin.practice.council.internal.model.VoteOpenInput;
import org.lianxin.practice.livelihood.api.BallotReceipt;
import org.lianxin.practice.livelihood.api.CouncilVoting;
import org.lianxin.practice.livelihood.api.Outcome;
import org.lianxin.practice.livelihood.api.Result;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.practice.livelihood.api.SatisfactionTally;
import org.lianxin.practice.support.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The street's livelihood projects (街道办征集项目，经街道人大工委审议，提交选民议政会实行差额投票表决, 001 Chongchuan),
 * voted through livelihood's {@link CouncilVoting}: the council creates its street's yearly round; the street office's
 * proposals and candidate list, the 人大工委's review and the projects' tracking are livelihood's REST; the council
 * opens the vote with its representatives present, passes on their secret ballots, closes, publishes, and takes their
 * year-end satisfaction votes. The council checks who its representatives are; livelihood checks everything else.
 */
@Component(service = CouncilRounds.class)
public class CouncilRounds {
    private final CouncilTx tx;
    private final Scope scope;
    private final Councils councils;
    private final CouncilVoting voting;

    @Activate
    public CouncilRounds(@Reference CouncilTx tx, @Reference Scope scope, @Reference Councils councils,
            @Reference CouncilVoting voting) {
        this.tx = tx;
        this.scope = scope;
        this.councils = councils;
        this.voting = voting;
    }

    public Round create(long councilId, CouncilRoundInput in, String actor) {
        Texts.present(in, "body");
        int year = Texts.present(in.year(), "year");
        int places = Texts.present(in.places(), "places");
        CouncilEntity c = writable(councilId);
        return voting.create(councilId, c.regionId, year, places, in.title() == null || in.title().isBlank()
                ? year + "年" + c.name + "民生实事项目" : in.title(), actor);
    }

    public Page<Round> list(long councilId, PageRequest page) {
        visible(councilId);
        return voting.rounds(councilId, page);
    }

    public Round get(long councilId, long roundId) {
        visible(councilId);
        return voting.round(councilId, roundId);
    }

    /** Opens the vote: each representative present must be a current representative of this council (else 400). */
    public Round open(long councilId, long roundId, VoteOpenInput in, String actor) {
        Texts.present(in, "body");
        List<Long> ids = Texts.present(in.representativeIds(), "representativeIds");
        LocalDate session = in.sessionDate() == null ? LocalDate.now() : in.sessionDate();
        Councils.notFuture(session, "sessionDate");
        tx.read(em -> {
            CouncilEntity c = councils.find(em, councilId);
            scope.requireActive(c.regionId);
            if (ids.isEmpty()) {
                throw new ValidationException("representativeIds", "name the representatives present: they are the"
                        + " electorate");
            }
            return councils.requireRepresentatives(em, c, ids, session, "representativeIds");
        });
        return voting.open(councilId, roundId, ids, session, actor);
    }

    /** A representative's secret ballot; double, late and unentitled ballots are livelihood's 409s. */
    public BallotReceipt cast(long councilId, long roundId, CouncilBallotInput in, String actor) {
        Texts.present(in, "body");
        long rep = Texts.present(in.representativeId(), "representativeId");
        writable(councilId);
        return voting.cast(councilId, roundId, rep, in.candidateIds(), actor);
    }

    public Result close(long councilId, long roundId, String actor) {
        writable(councilId);
        return voting.close(councilId, roundId, actor);
    }

    public Result publish(long councilId, long roundId, String actor) {
        writable(councilId);
        return voting.publish(councilId, roundId, actor);
    }

    public Result result(long councilId, long roundId) {
        visible(councilId);
        return voting.result(councilId, roundId);
    }

    /**
     * A representative's year-end satisfaction vote on a project of the round: one who is (or was, at the vote) a
     * representative of this council; one vote each (409 from livelihood).
     */
    public SatisfactionTally satisfaction(long councilId, long roundId, CouncilSatisfactionInput in, String actor) {
        Texts.present(in, "body");
        long projectId = Texts.present(in.projectId(), "projectId");
        long repId = Texts.present(in.representativeId(), "representativeId");
        Texts.present(in.verdict(), "verdict");
        // a chosen project of this round: an elected row of its published result
        if (voting.result(councilId, roundId).rows().stream()
                .noneMatch(row -> row.candidateId() == projectId && row.outcome() == Outcome.ELECTED)) {
            throw new NotFoundException("project of round " + roundId, projectId);
        }
        tx.read(em -> {
            CouncilEntity c = councils.find(em, councilId);
            scope.requireActive(c.regionId);
            RepresentativeEntity r = em.find(RepresentativeEntity.class, repId);
            if (r == null || r.councilId != councilId) {
                throw new ConflictException("representative " + repId + " is not a representative of " + c.name
                        + " and cannot vote on its projects");
            }
            return r;
        });
        return voting.satisfaction(councilId, projectId, repId, in.verdict(), in.on(), actor);
    }

    private CouncilEntity visible(long councilId) {
        return tx.read(em -> councils.find(em, councilId));
    }

    private CouncilEntity writable(long councilId) {
        CouncilEntity c = visible(councilId);
        scope.requireActive(c.regionId);
        return c;
    }
}
