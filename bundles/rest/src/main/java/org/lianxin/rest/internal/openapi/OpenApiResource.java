package org.lianxin.rest.internal.openapi;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** The OpenAPI document of this API, generated once at start. */
@Path("/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public final class OpenApiResource {
    private final Map<String, Object> document;

    public OpenApiResource(Map<String, Object> document) {
        this.document = document;
    }

    @GET
    public Map<String, Object> document() {
        return document;
    }
}
