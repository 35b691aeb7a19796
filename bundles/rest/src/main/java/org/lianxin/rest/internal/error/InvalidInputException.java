package org.lianxin.rest.internal.error;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

/**
 * Input refused by the REST layer itself (a query parameter, a JSON body) before any core service was called.
 * A {@link WebApplicationException}, so Jersey passes it through parameter extraction and entity reading
 * unwrapped; mapped to 400 with the offending field.
 */
public final class InvalidInputException extends WebApplicationException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, String message) {
        super(field == null ? message : field + ": " + message, Response.Status.BAD_REQUEST);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
