package org.lianxin.rest.internal.param;

import java.util.List;
import java.util.Map;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

import org.lianxin.rest.internal.error.InvalidInputException;

/**
 * Refuses a NUL character in the path or a query parameter (400): PostgreSQL stores no NUL in text and fails the
 * query with it, which must not become a 500. Bodies are checked where JSON text is read.
 */
@PreMatching
public final class NoNulCharacters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().indexOf('\u0000') >= 0) {
            throw new InvalidInputException("path", "must not contain the NUL character");
        }
        for (Map.Entry<String, List<String>> e : request.getUriInfo().getQueryParameters().entrySet()) {
            if (e.getKey().indexOf('\u0000') >= 0 || e.getValue().stream().anyMatch(v -> v.indexOf('\u0000') >= 0)) {
                throw new InvalidInputException(e.getKey().replace('\u0000', '?'),
                        "must not contain the NUL character");
            }
        }
    }
}
