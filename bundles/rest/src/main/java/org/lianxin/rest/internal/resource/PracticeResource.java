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

/**
 * The practice plugins installed now. An installed practice's own servlet answers {@code /practices/<id>} and
 * everything below it; these methods answer only when it is not installed.
 */
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
        return practices.get(id).orElseThrow(() -> notInstalled(id));
    }

    /** Any request below a practice that is not installed, or serves no REST resources (any method): 404 saying so. */
    @Path("{id}/{rest: .+}")
    public Object below(@PathParam("id") String id, @PathParam("rest") String rest) {
        if (practices.get(id).isPresent()) {
            throw new NotFoundException("resource", rest, "practice " + id + " serves nothing at " + rest);
        }
        throw notInstalled(id);
    }

    private static NotFoundException notInstalled(String id) {
        return new NotFoundException("practice", id, "practice " + id + " is not installed");
    }
}
