package org.lianxin.rest.internal.error;

import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception into the JSON error shape of {@link ErrorBody}. A 500 gets a generic message with a
 * reference that is logged together with the stack trace.
 */
public final class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        ErrorBody body = ErrorBodies.of(e);
        if (body.status() >= 500) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("REST request failed (ref {})", ref, e);
            body = ErrorBody.of(body.status(), ErrorBodies.INTERNAL + " (ref " + ref + ")");
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("REST request refused: {} {}", body.status(), body.message());
        }
        Response.ResponseBuilder r = Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body);
        if (body.status() == 401) {
            r.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lianxin\"");
        }
        if (e instanceof WebApplicationException w) {
            // keep what the status needs: Allow on 405, Retry-After on 429
            for (String kept : java.util.List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER)) {
                java.util.List<Object> values = w.getResponse().getHeaders().get(kept);
                if (values != null) {
                    values.forEach(v -> r.header(kept, v));
                }
            }
        }
        return r.build();
    }
}
