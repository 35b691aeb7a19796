package org.lianxin.practice.council.internal.rest;

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

import org.lianxin.api.dto.Page;
import org.lianxin.practice.council.internal.Items;
import org.lianxin.practice.council.internal.model.EvaluationInput;
import org.lianxin.practice.council.internal.model.HandlingInput;
import org.lianxin.practice.council.internal.model.Item;
import org.lianxin.practice.council.internal.model.ItemStatus;
import org.lianxin.practice.council.internal.model.SelectInput;
import org.lianxin.practice.council.internal.model.SortInput;
import org.lianxin.practice.council.internal.model.Supervision;
import org.lianxin.practice.council.internal.model.SupervisionInput;
import org.lianxin.practice.support.Requests;

/**
 * 选、分、督、评: items selected by a council ({@code councils/{id}/items}), then sorted, supervised and evaluated
 * ({@code items/{id}/...}). {@code GET items?suggestionId=} finds the item a core suggestion came from.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ItemResource {
    private final Items items;

    public ItemResource(Items items) {
        this.items = items;
    }

    @GET
    @Path("councils/{id}/items")
    public Page<Item> ofCouncil(@PathParam("id") long id, @QueryParam("status") ItemStatus status,
            @QueryParam("suggestionId") Long suggestionId, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return items.list(id, status, suggestionId, Requests.page(offset, limit));
    }

    /** 选: selected at a meeting ({@code meetingId}) or by the convenor; recorded in core's opinion register. */
    @POST
    @Path("councils/{id}/items")
    public Response select(@PathParam("id") long id, SelectInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(items.select(id, Requests.body(in), Requests.actor(sc))).build();
    }

    @GET
    @Path("items")
    public Page<Item> list(@QueryParam("status") ItemStatus status, @QueryParam("suggestionId") Long suggestionId,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return items.list(null, status, suggestionId, Requests.page(offset, limit));
    }

    @GET
    @Path("items/{id}")
    public Item get(@PathParam("id") long id) {
        return items.get(id);
    }

    /** 分: a category and a route (a deputy's SUGGESTION or the STREET_OFFICE). */
    @POST
    @Path("items/{id}/sort")
    public Item sort(@PathParam("id") long id, SortInput in, @Context SecurityContext sc) {
        return items.sort(id, Requests.body(in), Requests.actor(sc));
    }

    @GET
    @Path("items/{id}/supervisions")
    public List<Supervision> supervisions(@PathParam("id") long id) {
        return items.supervisions(id);
    }

    /** 督: a supervision note. */
    @POST
    @Path("items/{id}/supervisions")
    public Response supervise(@PathParam("id") long id, SupervisionInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(items.supervise(id, Requests.body(in), Requests.actor(sc))).build();
    }

    /** The street office's direct handling of an item handed to it. */
    @POST
    @Path("items/{id}/handling")
    public Item handling(@PathParam("id") long id, HandlingInput in, @Context SecurityContext sc) {
        return items.recordHandling(id, Requests.body(in), Requests.actor(sc));
    }

    /** 评: the representatives' evaluation once handled. */
    @POST
    @Path("items/{id}/evaluation")
    public Item evaluate(@PathParam("id") long id, EvaluationInput in, @Context SecurityContext sc) {
        return items.evaluate(id, Requests.body(in), Requests.actor(sc));
    }
}
