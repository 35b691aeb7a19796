package org.lianxin.rest.internal.resource;

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
import javax.ws.rs.core.UriInfo;

import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.RegionInput;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.rest.internal.openapi.Returns;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/** The region tree. */
@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class RegionResource {
    private final RegionService regions;

    public RegionResource(RegionService regions) {
        this.regions = regions;
    }

    /** Regions under {@code parentId} (the roots when absent), optionally of one level. */
    @GET
    public Page<Region> list(@QueryParam("parentId") Long parentId, @QueryParam("level") RegionLevel level,
            @QueryParam(Paging.OFFSET) Integer offset, @QueryParam(Paging.LIMIT) Integer limit) {
        return regions.list(parentId, level, Paging.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public Region get(@PathParam("id") long id) {
        return regions.get(id);
    }

    @GET
    @Path("code/{code}")
    public Region byCode(@PathParam("code") String code) {
        return regions.getByCode(Require.text(code, "code", Require.CODE));
    }

    /** From the root down to the region itself. */
    @GET
    @Path("{id}/ancestry")
    public List<Region> ancestry(@PathParam("id") long id) {
        return regions.ancestry(id);
    }

    @POST
    @Returns(value = Region.class, status = 201)
    public Response create(RegionInput input, @Context UriInfo uri) {
        Region created = regions.create(valid(input));
        return Created.at(uri, "regions", created.id(), created);
    }

    @PUT
    @Path("{id}")
    public Region update(@PathParam("id") long id, RegionInput input) {
        return regions.update(id, valid(input));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        regions.delete(id);
    }

    private static RegionInput valid(RegionInput in) {
        Require.body(in, "region");
        Require.text(in.code(), "code", Require.CODE);
        Require.text(in.name(), "name", Require.NAME);
        Require.present(in.level(), "level");
        return in;
    }
}
