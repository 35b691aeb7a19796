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

import org.lianxin.api.StationService;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.Station;
import org.lianxin.api.dto.StationInput;
import org.lianxin.api.dto.StationKind;
import org.lianxin.rest.internal.openapi.Returns;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/** Liaison stations (家站点). */
@Path("/stations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class StationResource {
    private final StationService stations;

    public StationResource(StationService stations) {
        this.stations = stations;
    }

    /** Stations of a region and its sub-regions (all when absent), optionally of one kind. */
    @GET
    public Page<Station> list(@QueryParam("regionId") Long regionId, @QueryParam("kind") StationKind kind,
            @QueryParam(Paging.OFFSET) Integer offset, @QueryParam(Paging.LIMIT) Integer limit) {
        return stations.list(regionId, kind, Paging.of(offset, limit));
    }

    /** The station a QR code names ({@code /intake?station=<code>}); readable without a login, like one station by id. */
    @GET
    @Path("code/{code}")
    public Station byCode(@PathParam("code") String code) {
        return stations.getByCode(Require.text(code, "code", Require.NAME));
    }

    @GET
    @Path("{id}")
    public Station get(@PathParam("id") long id) {
        return stations.get(id);
    }

    @POST
    @Returns(value = Station.class, status = 201)
    public Response create(StationInput input, @Context UriInfo uri) {
        Station created = stations.create(valid(input));
        return Created.at(uri, "stations", created.id(), created);
    }

    @PUT
    @Path("{id}")
    public Station update(@PathParam("id") long id, StationInput input) {
        return stations.update(id, valid(input));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        stations.delete(id);
    }

    private static StationInput valid(StationInput in) {
        Require.body(in, "station");
        Require.text(in.code(), "code", Require.CODE);
        Require.text(in.name(), "name", Require.NAME);
        Require.present(in.kind(), "kind");
        Require.positive(in.regionId(), "regionId");
        return in;
    }
}
