package org.lianxin.rest.internal.resource;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.lianxin.api.NotFoundException;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.dto.PracticeInfo;

/** The practice plugins installed now. */
@Path("/practices")
@Produces(MediaType.APPLICATION_JSON)
public final class PracticeResource {
    private final PracticeRegistry practices;

    public PracticeResource(PracticeRegistry practices) {
        this.practices = practices;
    }

    @GET
    public List<PracticeInfo> list() {
        return practices.list();
    }

    @GET
    @Path("{id}")
    public PracticeInfo get(@PathParam("id") String id) {
        return practices.get(id).orElseThrow(() -> new NotFoundException("practice", id));
    }
}
