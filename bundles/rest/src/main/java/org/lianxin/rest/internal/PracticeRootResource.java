package org.lianxin.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.lianxin.api.NotFoundException;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.dto.PracticeInfo;

/** {@code GET /api/v1/practices/<id>} while the practice is installed (its servlet gets that path then). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class PracticeRootResource {
    private final PracticeRegistry registry;
    private final String id;

    PracticeRootResource(PracticeRegistry registry, String id) {
        this.registry = registry;
        this.id = id;
    }

    @GET
    public PracticeInfo info() {
        return registry.get(id).orElseThrow(() -> new NotFoundException("practice", id, "practice " + id + " is not installed"));
    }
}
