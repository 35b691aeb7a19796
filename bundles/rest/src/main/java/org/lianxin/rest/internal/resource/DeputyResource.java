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

import org.lianxin.api.DeputyService;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DeputyInput;
import org.lianxin.api.dto.DeputyLevel;
import org.lianxin.api.dto.DeputyStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.rest.internal.openapi.Returns;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/** The deputy registry. */
@Path("/deputies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DeputyResource {
    private final DeputyService deputies;

    public DeputyResource(DeputyService deputies) {
        this.deputies = deputies;
    }

    /** Deputies of a region (with sub-regions), group, seat level, status, or matching part of a name. */
    @GET
    public Page<Deputy> list(@QueryParam("regionId") Long regionId, @QueryParam("groupId") Long groupId,
            @QueryParam("level") DeputyLevel level, @QueryParam("status") DeputyStatus status,
            @QueryParam("name") String name, @QueryParam(Paging.OFFSET) Integer offset,
            @QueryParam(Paging.LIMIT) Integer limit) {
        return deputies.list(regionId, groupId, level, status, Require.length(name, "name", Require.NAME),
                Paging.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public Deputy get(@PathParam("id") long id) {
        return deputies.get(id);
    }

    @POST
    @Returns(value = Deputy.class, status = 201)
    public Response create(DeputyInput input, @Context UriInfo uri) {
        Deputy created = deputies.create(valid(input));
        return Created.at(uri, "deputies", created.id(), created);
    }

    @PUT
    @Path("{id}")
    public Deputy update(@PathParam("id") long id, DeputyInput input) {
        return deputies.update(id, valid(input));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        deputies.delete(id);
    }

    private static DeputyInput valid(DeputyInput in) {
        Require.body(in, "deputy");
        Require.text(in.name(), "name", Require.NAME);
        Require.positive(in.regionId(), "regionId");
        Require.notEmpty(in.seats(), "seats");
        return in;
    }
}
