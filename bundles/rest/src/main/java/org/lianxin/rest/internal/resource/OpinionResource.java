package org.lianxin.rest.internal.resource;

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
import javax.ws.rs.core.UriInfo;

import org.lianxin.api.OpinionService;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Opinion;
import org.lianxin.api.dto.OpinionInput;
import org.lianxin.api.dto.OpinionStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.rest.internal.caller.Caller;
import org.lianxin.rest.internal.openapi.Returns;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/** Opinions from the public (社情民意) and their promotion into suggestions. */
@Path("/opinions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OpinionResource {
    private final OpinionService opinions;

    public OpinionResource(OpinionService opinions) {
        this.opinions = opinions;
    }

    /** Records an opinion; the answer carries the receipt number the submitter can follow. */
    @POST
    @Returns(value = Opinion.class, status = 201)
    public Response record(OpinionInput input, @Context UriInfo uri) {
        Require.body(input, "opinion");
        Require.present(input.source(), "source");
        Require.positive(input.regionId(), "regionId");
        Require.text(input.content(), "content", Require.CONTENT);
        Require.length(input.submitterName(), "submitterName", Require.NAME);
        Require.length(input.submitterContact(), "submitterContact", Require.NAME);
        Opinion created = opinions.record(input);
        return Created.at(uri, "opinions", created.id(), created);
    }

    @GET
    public Page<Opinion> list(@QueryParam("regionId") Long regionId, @QueryParam("stationId") Long stationId,
            @QueryParam("deputyId") Long deputyId, @QueryParam("status") OpinionStatus status,
            @QueryParam(Paging.OFFSET) Integer offset, @QueryParam(Paging.LIMIT) Integer limit) {
        return opinions.list(regionId, stationId, deputyId, status, Paging.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public Opinion get(@PathParam("id") long id) {
        return opinions.get(id);
    }

    @GET
    @Path("receipt/{receiptNo}")
    public Opinion byReceipt(@PathParam("receiptNo") String receiptNo) {
        return opinions.getByReceipt(Require.text(receiptNo, "receiptNo", Require.NAME));
    }

    /**
     * Promotes the opinion into a registered suggestion. The opinion itself need not be listed in
     * {@code opinionIds}; content, deputies and station default to the opinion's.
     */
    @POST
    @Path("{id}/promote")
    @Returns(value = Suggestion.class, status = 201)
    public Response promote(@PathParam("id") long id, NewSuggestion suggestion, @Context SecurityContext caller,
            @Context UriInfo uri) {
        Require.body(suggestion, "suggestion");
        Require.present(suggestion.kind(), "kind");
        Require.present(suggestion.category(), "category");
        Require.positive(suggestion.regionId(), "regionId");
        Require.text(suggestion.title(), "title", Require.TITLE);
        Require.length(suggestion.content(), "content", Require.CONTENT);
        Suggestion created = opinions.promote(id, suggestion, Caller.actor(caller));
        return Created.at(uri, "suggestions", created.id(), created);
    }

    @POST
    @Path("{id}/dismiss")
    public Opinion dismiss(@PathParam("id") long id, ActionBodies.Reason body, @Context SecurityContext caller) {
        Require.body(body, "dismissal");
        return opinions.dismiss(id, Require.text(body.reason(), "reason", Require.REASON), Caller.actor(caller));
    }
}
