package org.lianxin.rest.internal.error;

import javax.ws.rs.core.Response;

/** Stable names of HTTP statuses for the {@code error} member of error bodies. */
final class HttpStatus {
    private HttpStatus() {
    }

    static String name(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.name();
        }
        return switch (status) {
            case 422 -> "UNPROCESSABLE_ENTITY";
            default -> status >= 500 ? "SERVER_ERROR" : "CLIENT_ERROR";
        };
    }
}
