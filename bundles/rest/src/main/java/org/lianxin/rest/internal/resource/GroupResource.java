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

import org.lianxin.api.DeputyGroupService;
import org.lianxin.api.dto.DeputyGroup;
import org.lianxin.api.dto.DeputyGroupInput;
import org.lianxin.api.dto.Page;
import org.lianxin.rest.internal.openapi.Returns;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/** Deputy groups (代表小组). */
@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class GroupResource {
    private final DeputyGroupService groups;

    public GroupResource(DeputyGroupService groups) {
        this.groups = groups;
    }

    /** Groups of a region and its sub-regions (all when absent). */
    @GET
    public Page<DeputyGroup> list(@QueryParam("regionId") Long regionId, @QueryParam(Paging.OFFSET) Integer offset,
            @QueryParam(Paging.LIMIT) Integer limit) {
        return groups.list(regionId, Paging.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public DeputyGroup get(@PathParam("id") long id) {
        return groups.get(id);
    }

    @POST
    @Returns(value = DeputyGroup.class, status = 201)
    public Response create(DeputyGroupInput input, @Context UriInfo uri) {
        DeputyGroup created = groups.create(valid(input));
        return Created.at(uri, "groups", created.id(), created);
    }

    @PUT
    @Path("{id}")
    public DeputyGroup update(@PathParam("id") long id, DeputyGroupInput input) {
        return groups.update(id, valid(input));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        groups.delete(id);
    }

    private static DeputyGroupInput valid(DeputyGroupInput in) {
        Require.body(in, "group");
        Require.text(in.name(), "name", Require.NAME);
        Require.positive(in.regionId(), "regionId");
        return in;
    }
}
