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

import org.lianxin.api.VoterReportService;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.HeldReport;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.ReportStatus;
import org.lianxin.api.dto.VoterRatings;
import org.lianxin.api.dto.VoterReport;
import org.lianxin.api.dto.VoterReportInput;
import org.lianxin.rest.internal.caller.Caller;
import org.lianxin.rest.internal.openapi.Returns;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/** Reports to voters (向选民述职): scheduled once per term per directly elected deputy, held, rated. */
@Path("/voter-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class VoterReportResource {
    private final VoterReportService reports;

    public VoterReportResource(VoterReportService reports) {
        this.reports = reports;
    }

    @POST
    @Returns(value = VoterReport.class, status = 201)
    public Response schedule(VoterReportInput input, @Context SecurityContext caller, @Context UriInfo uri) {
        Require.body(input, "report");
        Require.positive(input.deputyId(), "deputyId");
        Require.present(input.form(), "form");
        Require.present(input.scheduledOn(), "scheduledOn");
        Require.length(input.place(), "place", Require.TITLE);
        VoterReport created = reports.schedule(input, Caller.actor(caller));
        return Created.at(uri, "voter-reports", created.id(), created);
    }

    @GET
    public Page<VoterReport> list(@QueryParam("regionId") Long regionId, @QueryParam("deputyId") Long deputyId,
            @QueryParam("status") ReportStatus status, @QueryParam(Paging.OFFSET) Integer offset,
            @QueryParam(Paging.LIMIT) Integer limit) {
        return reports.list(regionId, deputyId, status, Paging.of(offset, limit));
    }

    /** Directly elected active deputies of the region with no report scheduled or held this term. */
    @GET
    @Path("due")
    public Page<Deputy> due(@QueryParam("regionId") Long regionId, @QueryParam(Paging.OFFSET) Integer offset,
            @QueryParam(Paging.LIMIT) Integer limit) {
        return reports.due(StatsResource.region(regionId), Paging.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public VoterReport get(@PathParam("id") long id) {
        return reports.get(id);
    }

    /** The report took place: records the REPORT_TO_VOTERS duty (the form is its variant, weighed by the table). */
    @POST
    @Path("{id}/hold")
    public VoterReport hold(@PathParam("id") long id, HeldReport body, @Context SecurityContext caller) {
        Require.body(body, "held report");
        Require.present(body.heldOn(), "heldOn");
        Require.length(body.summary(), "summary", Require.CONTENT);
        return reports.hold(id, body, Caller.actor(caller));
    }

    /** Adds voters' ratings (满意 / 基本满意 / 不满意 counts). */
    @POST
    @Path("{id}/ratings")
    public VoterReport rate(@PathParam("id") long id, VoterRatings body, @Context SecurityContext caller) {
        Require.body(body, "ratings");
        return reports.rate(id, body, Caller.actor(caller));
    }

    @POST
    @Path("{id}/cancel")
    public VoterReport cancel(@PathParam("id") long id, ActionBodies.Reason body, @Context SecurityContext caller) {
        Require.body(body, "cancellation");
        return reports.cancel(id, Require.text(body.reason(), "reason", Require.REASON), Caller.actor(caller));
    }
}
