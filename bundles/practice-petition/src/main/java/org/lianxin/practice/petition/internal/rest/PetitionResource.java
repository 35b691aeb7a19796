package org.lianxin.practice.petition.internal.rest;

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

import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.petition.internal.PetitionFigures;
import org.lianxin.practice.petition.internal.Petitions;
import org.lianxin.practice.petition.internal.Viewer;
import org.lianxin.practice.petition.internal.model.Petition;
import org.lianxin.practice.petition.internal.model.PetitionInput;
import org.lianxin.practice.petition.internal.model.PetitionQuery;
import org.lianxin.practice.petition.internal.model.PetitionStats;
import org.lianxin.practice.petition.internal.model.PetitionStatus;
import org.lianxin.practice.petition.internal.model.RiskInput;
import org.lianxin.practice.petition.internal.model.RiskLevel;
import org.lianxin.practice.support.Requests;

/**
 * Petitions, their risk and the figures, under {@code /api/v1/practices/petition}. The petitioner's personal data is
 * masked for the caller by the petition's privacy class.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PetitionResource {
    private final Petitions petitions;
    private final PetitionFigures figures;

    public PetitionResource(Petitions petitions, PetitionFigures figures) {
        this.petitions = petitions;
        this.figures = figures;
    }

    /** {@code open=true}: petitions not defused yet; with {@code risk=HIGH}, the ones to watch. */
    @GET
    @Path("petitions")
    public Page<Petition> list(@QueryParam("regionId") Long regionId, @QueryParam("deputyId") Long deputyId,
            @QueryParam("status") PetitionStatus status, @QueryParam("risk") RiskLevel risk,
            @QueryParam("suggestionId") Long suggestionId, @QueryParam("open") Boolean open,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext sc) {
        return petitions.list(new PetitionQuery(regionId, deputyId, status, risk, suggestionId, open),
                Requests.page(offset, limit), Viewer.current());
    }

    /** Takes a petition on; refused (400) without the petitioner's consent. */
    @POST
    @Path("petitions")
    public Response register(PetitionInput in, @Context SecurityContext sc) {
        Petition p = petitions.register(Requests.body(in), Requests.actor(sc));
        return Response.status(Response.Status.CREATED).entity(p).build();
    }

    @GET
    @Path("petitions/{id}")
    public Petition get(@PathParam("id") long id, @Context SecurityContext sc) {
        return petitions.get(id, Viewer.current());
    }

    /** A new judgement of the risk; it is kept as a step. */
    @PUT
    @Path("petitions/{id}/risk")
    public Petition risk(@PathParam("id") long id, RiskInput in, @Context SecurityContext sc) {
        return petitions.risk(id, Requests.body(in), Requests.actor(sc));
    }

    @GET
    @Path("stats")
    public PetitionStats stats(@QueryParam("regionId") Long regionId, @QueryParam("year") Integer year) {
        if (regionId == null) {
            throw new ValidationException("regionId", "is required");
        }
        if (year != null && (year < 1949 || year > 9998)) {
            throw new ValidationException("year", "must be between 1949 and 9998");
        }
        return figures.region(regionId, year);
    }
}
