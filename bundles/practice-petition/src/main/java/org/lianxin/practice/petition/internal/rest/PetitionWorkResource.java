package org.lianxin.practice.petition.internal.rest;

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
import org.lianxin.practice.petition.internal.PetitionWork;
import org.lianxin.practice.petition.internal.model.FollowUpInput;
import org.lianxin.practice.petition.internal.model.OutcomeInput;
import org.lianxin.practice.petition.internal.model.Petition;
import org.lianxin.practice.petition.internal.model.Step;
import org.lianxin.practice.petition.internal.model.StepInput;
import org.lianxin.practice.petition.internal.model.SuggestionInput;
import org.lianxin.practice.support.Requests;

/** Steps, outcome, follow-up and the turn into a suggestion; an action the status does not allow answers 409. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PetitionWorkResource {
    private final PetitionWork work;

    public PetitionWorkResource(PetitionWork work) {
        this.work = work;
    }

    @GET
    @Path("petitions/{id}/steps")
    public Page<Step> steps(@PathParam("id") long id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return work.steps(id, Requests.page(offset, limit));
    }

    /** A step taken; the first one puts the petition in progress, a visit is the proxy deputy's duty record. */
    @POST
    @Path("petitions/{id}/steps")
    public Response step(@PathParam("id") long id, StepInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED).entity(work.step(id, Requests.body(in), Requests.actor(sc)))
                .build();
    }

    @POST
    @Path("petitions/{id}/resolve")
    public Petition resolve(@PathParam("id") long id, OutcomeInput in, @Context SecurityContext sc) {
        return work.resolve(id, Requests.body(in), Requests.actor(sc));
    }

    @POST
    @Path("petitions/{id}/unresolved")
    public Petition unresolved(@PathParam("id") long id, OutcomeInput in, @Context SecurityContext sc) {
        return work.unresolved(id, Requests.body(in), Requests.actor(sc));
    }

    /** The return visit; it closes the petition. */
    @POST
    @Path("petitions/{id}/follow-up")
    public Petition followUp(@PathParam("id") long id, FollowUpInput in, @Context SecurityContext sc) {
        return work.followUp(id, Requests.body(in), Requests.actor(sc));
    }

    /** Raises the general problem as a suggestion of the proxy deputy (once; 409 the second time). */
    @POST
    @Path("petitions/{id}/suggestion")
    public Petition suggestion(@PathParam("id") long id, SuggestionInput in, @Context SecurityContext sc) {
        return work.toSuggestion(id, Requests.body(in), Requests.actor(sc));
    }
}
