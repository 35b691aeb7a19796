package org.lianxin.rest.internal.auth;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Priorities;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Identity;
import org.lianxin.rest.internal.error.ErrorBody;

/**
 * What a caller without a login may send: reads go on to the services (which answer what is public), and the only
 * write is a new opinion on the intake path, small and not too often from one address (429 with Retry-After).
 */
@Priority(Priorities.AUTHORIZATION)
public final class PublicCallerFilter implements ContainerRequestFilter {
    private final IntakeLimits limits;
    private final String intakePath;

    @Context
    private HttpServletRequest http;

    /** @param intakePath the path of the public intake in this application, null where there is none */
    public PublicCallerFilter(IntakeLimits limits, String intakePath) {
        this.limits = limits;
        this.intakePath = intakePath;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Identity me = Callers.current().orElse(Identity.PUBLIC);
        String method = request.getMethod();
        if (!me.isPublic() || HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)
                || HttpMethod.OPTIONS.equals(method)) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.startsWith("auth/login")) {
            return;
        }
        if (intakePath == null || !intakePath.equals(path) || !HttpMethod.POST.equals(method)) {
            throw new NotAuthenticatedException("this needs a login: without one, the only thing to send is a new"
                    + " opinion (POST /api/v1/" + "opinions)");
        }
        int max = limits.maxBytes();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 12
                && Long.parseLong(length) > max) {
            throw tooLarge(max);
        }
        request.setEntityStream(new Capped(request.getEntityStream(), max));
        String source = http == null ? "unknown" : http.getRemoteAddr();
        long wait = limits.tryAcquire(source, System.currentTimeMillis());
        if (wait > 0) {
            throw new WebApplicationException(Response.status(429).header(HttpHeaders.RETRY_AFTER, wait)
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(429, "too many submissions from"
                            + " this address; try again in " + wait + " s")).build());
        }
    }

    static WebApplicationException tooLarge(int max) {
        return new WebApplicationException(Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(413, "the submission is larger than " + max + " bytes")).build());
    }

    /** A body without a length (chunked) is cut off at the limit as well. */
    private static final class Capped extends FilterInputStream {
        private final int max;
        private long read;

        Capped(InputStream in, int max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge(max);
            }
        }
    }
}
