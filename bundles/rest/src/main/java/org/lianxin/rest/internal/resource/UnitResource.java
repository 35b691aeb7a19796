package org.lianxin.rest.internal.resource;

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
import javax.ws.rs.core.UriInfo;

import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.dto.HandlingUnit;
import org.lianxin.api.dto.HandlingUnitInput;
import org.lianxin.api.dto.Page;
import org.lianxin.rest.internal.openapi.Returns;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/** Handling units (承办单位). */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class UnitResource {
    private final HandlingUnitService units;

    public UnitResource(HandlingUnitService units) {
        this.units = units;
    }

    /** Units of a region and its sub-regions (all when absent), optionally matching part of the name. */
    @GET
    public Page<HandlingUnit> list(@QueryParam("regionId") Long regionId, @QueryParam("name") String name,
            @QueryParam(Paging.OFFSET) Integer offset, @QueryParam(Paging.LIMIT) Integer limit) {
        return units.list(regionId, Require.length(name, "name", Require.NAME), Paging.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public HandlingUnit get(@PathParam("id") long id) {
        return units.get(id);
    }

    @POST
    @Returns(value = HandlingUnit.class, status = 201)
    public Response create(HandlingUnitInput input, @Context UriInfo uri) {
        HandlingUnit created = units.create(valid(input));
        return Created.at(uri, "units", created.id(), created);
    }

    @PUT
    @Path("{id}")
    public HandlingUnit update(@PathParam("id") long id, HandlingUnitInput input) {
        return units.update(id, valid(input));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        units.delete(id);
    }

    private static HandlingUnitInput valid(HandlingUnitInput in) {
        Require.body(in, "unit");
        Require.text(in.code(), "code", Require.CODE);
        Require.text(in.name(), "name", Require.NAME);
        Require.positive(in.regionId(), "regionId");
        return in;
    }
}
