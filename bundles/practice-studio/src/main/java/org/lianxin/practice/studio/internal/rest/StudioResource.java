package org.lianxin.practice.studio.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.lianxin.practice.studio.internal.StudioFigures;
import org.lianxin.practice.studio.internal.Studios;
import org.lianxin.practice.studio.internal.model.Compliance;
import org.lianxin.practice.studio.internal.model.EvidenceInput;
import org.lianxin.practice.studio.internal.model.Member;
import org.lianxin.practice.studio.internal.model.MemberInput;
import org.lianxin.practice.studio.internal.model.StandardCheck;
import org.lianxin.practice.studio.internal.model.StandardItem;
import org.lianxin.practice.studio.internal.model.Studio;
import org.lianxin.practice.studio.internal.model.StudioInput;
import org.lianxin.practice.studio.internal.model.StudioStats;
import org.lianxin.practice.support.Requests;

/** Studios, members, the 八有 standard and the figures, under {@code /api/v1/practices/studio}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class StudioResource {
    private final Studios studios;
    private final StudioFigures figures;

    public StudioResource(Studios studios, StudioFigures figures) {
        this.studios = studios;
        this.figures = figures;
    }

    @GET
    @Path("studios")
    public Page<Studio> list(@QueryParam("regionId") Long regionId, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return studios.list(regionId, Requests.page(offset, limit));
    }

    @POST
    @Path("studios")
    public Response create(StudioInput in, @Context SecurityContext sc) {
        Studio s = studios.create(Requests.body(in), Requests.actor(sc));
        return Response.status(Response.Status.CREATED).entity(s).build();
    }

    @GET
    @Path("studios/{id}")
    public Studio get(@PathParam("id") long id) {
        return studios.get(id);
    }

    @GET
    @Path("studios/{id}/members")
    public List<Member> members(@PathParam("id") long id) {
        return studios.members(id);
    }

    /** Adds the deputy (or changes their level/lead); body optional. */
    @PUT
    @Path("studios/{id}/members/{deputyId}")
    public Member join(@PathParam("id") long id, @PathParam("deputyId") long deputyId, MemberInput in,
            @Context SecurityContext sc) {
        return studios.join(id, deputyId, in, Requests.actor(sc));
    }

    @DELETE
    @Path("studios/{id}/members/{deputyId}")
    public Response leave(@PathParam("id") long id, @PathParam("deputyId") long deputyId) {
        studios.leave(id, deputyId);
        return Response.noContent().build();
    }

    /** The eight items of the 八有 standard, met or not, with evidence. */
    @GET
    @Path("studios/{id}/standard")
    public List<StandardCheck> standard(@PathParam("id") long id) {
        return studios.standard(id);
    }

    @PUT
    @Path("studios/{id}/standard/{item}")
    public StandardCheck meet(@PathParam("id") long id, @PathParam("item") StandardItem item, EvidenceInput in,
            @Context SecurityContext sc) {
        return studios.meet(id, item, Requests.body(in), Requests.actor(sc));
    }

    @DELETE
    @Path("studios/{id}/standard/{item}")
    public Response unmeet(@PathParam("id") long id, @PathParam("item") StandardItem item) {
        studios.unmeet(id, item);
        return Response.noContent().build();
    }

    /** Every studio of the region against the standard, the least compliant first. */
    @GET
    @Path("compliance")
    public Page<Compliance> compliance(@QueryParam("regionId") Long regionId, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return studios.compliance(regionId, Requests.page(offset, limit));
    }

    @GET
    @Path("studios/{id}/stats")
    public StudioStats studioStats(@PathParam("id") long id, @QueryParam("year") Integer year) {
        return figures.studio(id, year);
    }

    @GET
    @Path("stats")
    public StudioStats stats(@QueryParam("regionId") Long regionId, @QueryParam("year") Integer year) {
        if (regionId == null) {
            throw new org.lianxin.api.ValidationException("regionId", "is required");
        }
        return figures.region(regionId, year);
    }
}
