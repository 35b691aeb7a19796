package org.lianxin.practice.livelihood.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.livelihood.api.BallotReceipt;
import org.lianxin.practice.livelihood.api.Result;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.practice.livelihood.internal.LivelihoodFigures;
import org.lianxin.practice.livelihood.internal.Projects;
import org.lianxin.practice.livelihood.internal.Rounds;
import org.lianxin.practice.livelihood.internal.Voting;
import org.lianxin.practice.livelihood.internal.model.BallotInput;
import org.lianxin.practice.livelihood.internal.model.Candidate;
import org.lianxin.practice.livelihood.internal.model.CandidatesInput;
import org.lianxin.practice.livelihood.internal.model.LivelihoodStats;
import org.lianxin.practice.livelihood.internal.model.OpenVoteInput;
import org.lianxin.practice.livelihood.internal.model.Proposal;
import org.lianxin.practice.livelihood.internal.model.ProposalInput;
import org.lianxin.practice.livelihood.internal.model.ReviewInput;
import org.lianxin.practice.livelihood.internal.model.RoundInput;
import org.lianxin.practice.livelihood.internal.model.Voter;
import org.lianxin.practice.support.Requests;

/**
 * Rounds, proposals, the candidate list, the review, the vote and its result, under
 * {@code /api/v1/practices/livelihood}. An action the round's status does not allow answers 409 naming the status.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class RoundResource {
    private final Rounds rounds;
    private final Voting voting;
    private final Projects projects;
    private final LivelihoodFigures figures;

    public RoundResource(Rounds rounds, Voting voting, Projects projects, LivelihoodFigures figures) {
        this.rounds = rounds;
        this.voting = voting;
        this.projects = projects;
        this.figures = figures;
    }

    @GET
    @Path("rounds")
    public Page<Round> list(@QueryParam("regionId") Long regionId, @QueryParam("year") Integer year,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return rounds.list(regionId, year, Requests.page(offset, limit));
    }

    @POST
    @Path("rounds")
    public Response create(RoundInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED).entity(rounds.create(Requests.body(in), Requests.actor(sc)))
                .build();
    }

    @GET
    @Path("rounds/{id}")
    public Round get(@PathParam("id") long id) {
        return rounds.get(id);
    }

    @GET
    @Path("rounds/{id}/proposals")
    public Page<Proposal> proposals(@PathParam("id") long id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return rounds.proposals(id, Requests.page(offset, limit));
    }

    /** A project proposed by the public or a deputy, while the round collects them. */
    @POST
    @Path("rounds/{id}/proposals")
    public Response propose(@PathParam("id") long id, ProposalInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(rounds.propose(id, Requests.body(in), Requests.actor(sc))).build();
    }

    @GET
    @Path("rounds/{id}/candidates")
    public List<Candidate> candidates(@PathParam("id") long id) {
        return rounds.candidates(id);
    }

    /** The government's candidate list (replacing an earlier draft): more candidates than places, else 400. */
    @POST
    @Path("rounds/{id}/candidates")
    public List<Candidate> draft(@PathParam("id") long id, CandidatesInput in, @Context SecurityContext sc) {
        return rounds.draftCandidates(id, Requests.body(in), Requests.actor(sc));
    }

    @POST
    @Path("rounds/{id}/review")
    public Round review(@PathParam("id") long id, ReviewInput in, @Context SecurityContext sc) {
        return rounds.review(id, Requests.body(in), Requests.actor(sc));
    }

    @POST
    @Path("rounds/{id}/vote/open")
    public Round open(@PathParam("id") long id, OpenVoteInput in, @Context SecurityContext sc) {
        return voting.open(id, Requests.body(in), Requests.actor(sc));
    }

    /** One deputy's secret ballot; the answer says it counted, never what it said. */
    @POST
    @Path("rounds/{id}/ballots")
    public Response cast(@PathParam("id") long id, BallotInput in, @Context SecurityContext sc) {
        BallotReceipt receipt = voting.cast(id, Requests.body(in), Requests.actor(sc));
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    /** The electorate and who of it voted (participation is public); never what anyone chose. */
    @GET
    @Path("rounds/{id}/voters")
    public List<Voter> voters(@PathParam("id") long id) {
        return voting.voters(id);
    }

    /** Closes the vote and counts it; the count is answered here and public once published. */
    @POST
    @Path("rounds/{id}/vote/close")
    public Result close(@PathParam("id") long id, @Context SecurityContext sc) {
        return voting.close(id, Requests.actor(sc));
    }

    @POST
    @Path("rounds/{id}/publish")
    public Result publish(@PathParam("id") long id, @Context SecurityContext sc) {
        return voting.publish(id, Requests.actor(sc));
    }

    @GET
    @Path("rounds/{id}/result")
    public Result result(@PathParam("id") long id) {
        return voting.result(id);
    }

    /** Closes the round at year end. */
    @POST
    @Path("rounds/{id}/close")
    public Round closeRound(@PathParam("id") long id, @Context SecurityContext sc) {
        return projects.closeRound(id, Requests.actor(sc));
    }

    @GET
    @Path("stats")
    public LivelihoodStats stats(@QueryParam("regionId") Long regionId, @QueryParam("year") Integer year) {
        if (regionId == null) {
            throw new ValidationException("regionId", "is required");
        }
        if (year != null && (year < 1949 || year > 9998)) {
            throw new ValidationException("year", "must be between 1949 and 9998");
        }
        return figures.region(regionId, year);
    }
}
