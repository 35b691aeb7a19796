package org.lianxin.rest.internal.resource;

import java.time.LocalDate;
import java.util.Arrays;
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
import javax.ws.rs.core.UriInfo;

import org.lianxin.api.DutyService;
import org.lianxin.api.dto.CorrectionStatus;
import org.lianxin.api.dto.DutyCorrection;
import org.lianxin.api.dto.DutyCorrectionInput;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.DutyQuery;
import org.lianxin.api.dto.DutyRecord;
import org.lianxin.api.dto.DutyRecordInput;
import org.lianxin.api.dto.DutySource;
import org.lianxin.api.dto.DutyStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.rest.internal.caller.Caller;
import org.lianxin.rest.internal.openapi.Returns;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/** Deputies' duty registers (履职登记): entries, staff review, and correction requests (错重漏). */
@Path("/duties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DutyResource {
    private final DutyService duties;

    public DutyResource(DutyService duties) {
        this.duties = duties;
    }

    /** A kind of duty record with the name the register prints. */
    public record Kind(DutyKind kind, String zh) {
    }

    public record Review(String note) {
    }

    /** The thirteen standard kinds of duty record. */
    @GET
    @Path("kinds")
    public List<Kind> kinds() {
        return Arrays.stream(DutyKind.values()).map(k -> new Kind(k, k.zh())).toList();
    }

    /** Enters a duty record; it waits for review (PENDING). */
    @POST
    @Returns(value = DutyRecord.class, status = 201)
    public Response record(DutyRecordInput input, @Context SecurityContext caller, @Context UriInfo uri) {
        check(input);
        DutyRecord created = duties.record(input, Caller.actor(caller));
        return Created.at(uri, "duties", created.id(), created);
    }

    @GET
    public Page<DutyRecord> list(@QueryParam("deputyId") Long deputyId, @QueryParam("regionId") Long regionId,
            @QueryParam("kind") DutyKind kind, @QueryParam("status") DutyStatus status,
            @QueryParam("source") DutySource source, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam(Paging.OFFSET) Integer offset,
            @QueryParam(Paging.LIMIT) Integer limit) {
        return duties.list(new DutyQuery(deputyId, regionId, kind, status, source, from, to),
                Paging.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public DutyRecord get(@PathParam("id") long id) {
        return duties.get(id);
    }

    @POST
    @Path("{id}/approve")
    public DutyRecord approve(@PathParam("id") long id, Review body, @Context SecurityContext caller) {
        String note = body == null ? null : Require.length(body.note(), "note", Require.REASON);
        return duties.approve(id, note, Caller.actor(caller));
    }

    @POST
    @Path("{id}/reject")
    public DutyRecord reject(@PathParam("id") long id, ActionBodies.Reason body, @Context SecurityContext caller) {
        Require.body(body, "rejection");
        return duties.reject(id, Require.text(body.reason(), "reason", Require.REASON), Caller.actor(caller));
    }

    /** Asks for a correction: ERROR and DUPLICATE name the record, ERROR and OMISSION say what is right. */
    @POST
    @Path("corrections")
    @Returns(value = DutyCorrection.class, status = 201)
    public Response requestCorrection(DutyCorrectionInput input, @Context SecurityContext caller,
            @Context UriInfo uri) {
        Require.body(input, "correction");
        Require.positive(input.deputyId(), "deputyId");
        Require.present(input.kind(), "kind");
        Require.text(input.description(), "description", Require.REASON);
        if (input.proposed() != null) {
            Require.present(input.proposed().kind(), "proposed.kind");
            Require.present(input.proposed().date(), "proposed.date");
            Require.length(input.proposed().place(), "proposed.place", Require.TITLE);
            Require.length(input.proposed().participants(), "proposed.participants", Require.REASON);
            Require.length(input.proposed().evidence(), "proposed.evidence", Require.CONTENT);
        }
        DutyCorrection created = duties.requestCorrection(input, Caller.actor(caller));
        return Created.at(uri, "duties/corrections", created.id(), created);
    }

    @GET
    @Path("corrections")
    public Page<DutyCorrection> corrections(@QueryParam("deputyId") Long deputyId,
            @QueryParam("status") CorrectionStatus status, @QueryParam(Paging.OFFSET) Integer offset,
            @QueryParam(Paging.LIMIT) Integer limit) {
        return duties.listCorrections(deputyId, status, Paging.of(offset, limit));
    }

    @GET
    @Path("corrections/{id}")
    public DutyCorrection correction(@PathParam("id") long id) {
        return duties.getCorrection(id);
    }

    /** Accepts and applies a correction: the error is fixed, the duplicate voided, the omission recorded. */
    @POST
    @Path("corrections/{id}/accept")
    public DutyCorrection accept(@PathParam("id") long id, Review body, @Context SecurityContext caller) {
        String note = body == null ? null : Require.length(body.note(), "note", Require.REASON);
        return duties.acceptCorrection(id, note, Caller.actor(caller));
    }

    @POST
    @Path("corrections/{id}/reject")
    public DutyCorrection rejectCorrection(@PathParam("id") long id, ActionBodies.Reason body,
            @Context SecurityContext caller) {
        Require.body(body, "rejection");
        return duties.rejectCorrection(id, Require.text(body.reason(), "reason", Require.REASON),
                Caller.actor(caller));
    }

    private static void check(DutyRecordInput input) {
        Require.body(input, "record");
        Require.positive(input.deputyId(), "deputyId");
        Require.present(input.kind(), "kind");
        Require.present(input.date(), "date");
        Require.length(input.place(), "place", Require.TITLE);
        Require.length(input.participants(), "participants", Require.REASON);
        Require.text(input.evidence(), "evidence", Require.CONTENT);
    }
}
