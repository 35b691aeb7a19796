package org.lianxin.rest.internal.resource;

import java.net.URI;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/** 201 Created with the Location of the new item and the item itself as body. */
final class Created {
    private Created() {
    }

    static Response at(UriInfo uri, String collection, long id, Object body) {
        URI location = uri.getBaseUriBuilder().path(collection).path(Long.toString(id)).build();
        return Response.created(location).entity(body).build();
    }
}
