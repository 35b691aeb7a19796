package org.lianxin.practice.council.internal.rest;

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

import org.lianxin.api.dto.Page;
import org.lianxin.practice.council.internal.CouncilRounds;
import org.lianxin.practice.council.internal.model.CouncilBallotInput;
import org.lianxin.practice.council.internal.model.CouncilRoundInput;
import org.lianxin.practice.council.internal.model.CouncilSatisfactionInput;
import org.lianxin.practice.council.internal.model.VoteOpenInput;
import org.lianxin.practice.livelihood.api.Result;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.practice.support.Requests;

/**
 * The street's livelihood rounds voted by the council's representatives ({@code councils/{id}/rounds/...}). The
 * proposals, candidate list, review and project tracking of such a round are livelihood's REST.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class RoundResource {
    private final CouncilRounds rounds;

    public RoundResource(CouncilRounds rounds) {
        this.rounds = rounds;
    }

    @GET
    @Path("councils/{id}/rounds")
    public Page<Round> list(@PathParam("id") long id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return rounds.list(id, Requests.page(offset, limit));
    }

    /** The street's round of a year: {"year", "places", "title"}. */
    @POST
    @Path("councils/{id}/rounds")
    public Response create(@PathParam("id") long id, CouncilRoundInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(rounds.create(id, Requests.body(in), Requests.actor(sc))).build();
    }

    @GET
    @Path("councils/{id}/rounds/{roundId}")
    public Round get(@PathParam("id") long id, @PathParam("roundId") long roundId) {
        return rounds.get(id, roundId);
    }

    @POST
    @Path("councils/{id}/rounds/{roundId}/vote/open")
    public Round open(@PathParam("id") long id, @PathParam("roundId") long roundId, VoteOpenInput in,
            @Context SecurityContext sc) {
        return rounds.open(id, roundId, Requests.body(in), Requests.actor(sc));
    }

    /** One representative's secret ballot; the answer says it counted, never what it said. */
    @POST
    @Path("councils/{id}/rounds/{roundId}/ballots")
    public Response cast(@PathParam("id") long id, @PathParam("roundId") long roundId, CouncilBallotInput in,
            @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(rounds.cast(id, roundId, Requests.body(in), Requests.actor(sc))).build();
    }

    @POST
    @Path("councils/{id}/rounds/{roundId}/vote/close")
    public Result close(@PathParam("id") long id, @PathParam("roundId") long roundId, @Context SecurityContext sc) {
        return rounds.close(id, roundId, Requests.actor(sc));
    }

    @POST
    @Path("councils/{id}/rounds/{roundId}/publish")
    public Result publish(@PathParam("id") long id, @PathParam("roundId") long roundId,
            @Context SecurityContext sc) {
        return rounds.publish(id, roundId, Requests.actor(sc));
    }

    @GET
    @Path("councils/{id}/rounds/{roundId}/result")
    public Result result(@PathParam("id") long id, @PathParam("roundId") long roundId) {
        return rounds.result(id, roundId);
    }

    /** A representative's year-end satisfaction vote on a project of the round; the answer is the tally. */
    @POST
    @Path("councils/{id}/rounds/{roundId}/satisfaction")
    public Response satisfaction(@PathParam("id") long id, @PathParam("roundId") long roundId,
            CouncilSatisfactionInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(rounds.satisfaction(id, roundId, Requests.body(in), Requests.actor(sc))).build();
    }
}
