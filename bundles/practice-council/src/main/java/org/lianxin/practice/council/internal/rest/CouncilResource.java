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

import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.council.internal.CouncilFigures;
import org.lianxin.practice.council.internal.Councils;
import org.lianxin.practice.council.internal.Meetings;
import org.lianxin.practice.council.internal.OpenDays;
import org.lianxin.practice.council.internal.model.Compliance;
import org.lianxin.practice.council.internal.model.ComplianceFlag;
import org.lianxin.practice.council.internal.model.Council;
import org.lianxin.practice.council.internal.model.CouncilInput;
import org.lianxin.practice.council.internal.model.CouncilStats;
import org.lianxin.practice.council.internal.model.LeaveInput;
import org.lianxin.practice.council.internal.model.Meeting;
import org.lianxin.practice.council.internal.model.MeetingInput;
import org.lianxin.practice.council.internal.model.MinutesInput;
import org.lianxin.practice.council.internal.model.OpenDay;
import org.lianxin.practice.council.internal.model.OpenDayInput;
import org.lianxin.practice.council.internal.model.Representative;
import org.lianxin.practice.council.internal.model.RepresentativeInput;
import org.lianxin.practice.support.Requests;

/**
 * Councils, their representatives, meetings and standing, open days and figures, under
 * {@code /api/v1/practices/council}.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CouncilResource {
    private final Councils councils;
    private final Meetings meetings;
    private final OpenDays openDays;
    private final CouncilFigures figures;

    public CouncilResource(Councils councils, Meetings meetings, OpenDays openDays, CouncilFigures figures) {
        this.councils = councils;
        this.meetings = meetings;
        this.openDays = openDays;
        this.figures = figures;
    }

    /** Councils with their standing in {@code year} (default this year); {@code flag}: only MET, DUE or MISSED. */
    @GET
    @Path("councils")
    public Page<Council> list(@QueryParam("regionId") Long regionId, @QueryParam("year") Integer year,
            @QueryParam("flag") ComplianceFlag flag, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return councils.list(regionId, year, flag, Requests.page(offset, limit));
    }

    @POST
    @Path("councils")
    public Response create(CouncilInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(councils.create(Requests.body(in), Requests.actor(sc))).build();
    }

    @GET
    @Path("councils/{id}")
    public Council get(@PathParam("id") long id) {
        return councils.get(id);
    }

    @GET
    @Path("councils/{id}/compliance")
    public Compliance compliance(@PathParam("id") long id, @QueryParam("year") Integer year) {
        return councils.compliance(id, year);
    }

    /** Representatives, phones masked; {@code current=true} only those who have not left. */
    @GET
    @Path("councils/{id}/representatives")
    public Page<Representative> representatives(@PathParam("id") long id, @QueryParam("current") Boolean current,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return councils.representatives(id, current, Requests.page(offset, limit));
    }

    @POST
    @Path("councils/{id}/representatives")
    public Response join(@PathParam("id") long id, RepresentativeInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(councils.join(id, Requests.body(in), Requests.actor(sc))).build();
    }

    @GET
    @Path("councils/{id}/representatives/{rid}")
    public Representative representative(@PathParam("id") long id, @PathParam("rid") long rid) {
        return councils.representative(id, rid);
    }

    /** The representative leaves; body optional: {"leftOn": "YYYY-MM-DD", "reason": "..."}. */
    @POST
    @Path("councils/{id}/representatives/{rid}/leave")
    public Representative leave(@PathParam("id") long id, @PathParam("rid") long rid, LeaveInput in,
            @Context SecurityContext sc) {
        return councils.leave(id, rid, in, Requests.actor(sc));
    }

    @GET
    @Path("councils/{id}/meetings")
    public Page<Meeting> meetings(@PathParam("id") long id, @QueryParam("year") Integer year,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return meetings.list(id, year, Requests.page(offset, limit));
    }

    /** A meeting planned, or held when its minutes come with it. */
    @POST
    @Path("councils/{id}/meetings")
    public Response meeting(@PathParam("id") long id, MeetingInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(meetings.add(id, Requests.body(in), Requests.actor(sc))).build();
    }

    @GET
    @Path("councils/{id}/meetings/{mid}")
    public Meeting meeting(@PathParam("id") long id, @PathParam("mid") long mid) {
        return meetings.get(id, mid);
    }

    @POST
    @Path("councils/{id}/meetings/{mid}/minutes")
    public Meeting minutes(@PathParam("id") long id, @PathParam("mid") long mid, MinutesInput in,
            @Context SecurityContext sc) {
        return meetings.minutes(id, mid, Requests.body(in), Requests.actor(sc));
    }

    @GET
    @Path("councils/{id}/open-days")
    public Page<OpenDay> openDays(@PathParam("id") long id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return openDays.list(id, Requests.page(offset, limit));
    }

    @POST
    @Path("councils/{id}/open-days")
    public Response openDay(@PathParam("id") long id, OpenDayInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(openDays.add(id, Requests.body(in), Requests.actor(sc))).build();
    }

    @GET
    @Path("stats")
    public CouncilStats stats(@QueryParam("regionId") Long regionId, @QueryParam("year") Integer year) {
        if (regionId == null) {
            throw new ValidationException("regionId", "is required");
        }
        return figures.region(regionId, year);
    }
}
