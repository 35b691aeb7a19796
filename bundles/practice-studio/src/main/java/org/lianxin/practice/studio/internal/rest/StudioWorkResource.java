package org.lianxin.practice.studio.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.lianxin.api.dto.Page;
import org.lianxin.practice.studio.internal.StudioWork;
import org.lianxin.practice.studio.internal.model.AnswerInput;
import org.lianxin.practice.studio.internal.model.Consultation;
import org.lianxin.practice.studio.internal.model.ConsultationInput;
import org.lianxin.practice.studio.internal.model.OpinionOutcome;
import org.lianxin.practice.studio.internal.model.OutcomeInput;
import org.lianxin.practice.studio.internal.model.PromoteInput;
import org.lianxin.practice.studio.internal.model.StudioEvent;
import org.lianxin.practice.studio.internal.model.StudioEventInput;
import org.lianxin.practice.studio.internal.model.StudioOpinion;
import org.lianxin.practice.studio.internal.model.StudioOpinionInput;
import org.lianxin.practice.support.Requests;

/** Consultations, collected opinions and events of the studios. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class StudioWorkResource {
    private final StudioWork work;

    public StudioWorkResource(StudioWork work) {
        this.work = work;
    }

    @GET
    @Path("studios/{id}/consultations")
    public Page<Consultation> consultations(@PathParam("id") long id, @QueryParam("answered") Boolean answered,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return work.consultations(id, answered, Requests.page(offset, limit));
    }

    @POST
    @Path("studios/{id}/consultations")
    public Response ask(@PathParam("id") long id, ConsultationInput in, @Context SecurityContext sc) {
        return created(work.ask(id, Requests.body(in), Requests.actor(sc)));
    }

    /** A member's answer; it is recorded as the member's duty (a verified reception record). */
    @POST
    @Path("consultations/{id}/answer")
    public Consultation answer(@PathParam("id") long id, AnswerInput in, @Context SecurityContext sc) {
        return work.answer(id, Requests.body(in), Requests.actor(sc));
    }

    @GET
    @Path("studios/{id}/opinions")
    public Page<StudioOpinion> opinions(@PathParam("id") long id, @QueryParam("outcome") OpinionOutcome outcome,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return work.opinions(id, outcome, Requests.page(offset, limit));
    }

    /** An opinion taken at the studio: it enters core's register of opinions with a receipt number. */
    @POST
    @Path("studios/{id}/opinions")
    public Response collect(@PathParam("id") long id, StudioOpinionInput in, @Context SecurityContext sc) {
        return created(work.collect(id, Requests.body(in), Requests.actor(sc)));
    }

    /** Raises the opinion as a suggestion in core's flow; its outcome follows the suggestion's result. */
    @POST
    @Path("opinions/{id}/promote")
    public StudioOpinion promote(@PathParam("id") long id, PromoteInput in, @Context SecurityContext sc) {
        return work.promote(id, Requests.body(in), Requests.actor(sc));
    }

    @PUT
    @Path("opinions/{id}/outcome")
    public StudioOpinion settle(@PathParam("id") long id, OutcomeInput in, @Context SecurityContext sc) {
        return work.settle(id, Requests.body(in).outcome(), Requests.actor(sc));
    }

    @GET
    @Path("studios/{id}/events")
    public Page<StudioEvent> events(@PathParam("id") long id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return work.events(id, Requests.page(offset, limit));
    }

    /** An event held; each deputy listed gets a verified duty record. */
    @POST
    @Path("studios/{id}/events")
    public Response hold(@PathParam("id") long id, StudioEventInput in, @Context SecurityContext sc) {
        return created(work.hold(id, Requests.body(in), Requests.actor(sc)));
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
