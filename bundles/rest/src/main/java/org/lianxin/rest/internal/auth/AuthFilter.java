package org.lianxin.rest.internal.auth;

import java.security.Principal;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.lianxin.api.AccessDeniedException;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.security.AuthService;
import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Identity;

/**
 * Who calls: the user of the bearer token, or {@link Identity#PUBLIC} without one. The caller is bound to the
 * request's thread for the services (the servlet clears it) and named in the request's {@link SecurityContext}. A
 * user who must change their password may only do that (and log out) until they have.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter {
    public static final String TOKEN_PROPERTY = "lianxin.token";
    private static final String BEARER = "Bearer ";

    private final AuthService auth;

    public AuthFilter(AuthService auth) {
        this.auth = auth;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Callers.clear();
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Identity identity = Identity.PUBLIC;
        boolean mustChange = false;
        if (header != null && !header.isBlank()) {
            if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw new NotAuthenticatedException("the Authorization header must be 'Bearer <token>', the token of"
                        + " POST /api/v1/auth/login");
            }
            String token = header.substring(BEARER.length()).trim();
            identity = auth.authenticate(token);
            mustChange = auth.mustChangePassword(token);
            request.setProperty(TOKEN_PROPERTY, token);
        }
        Callers.bind(identity);
        SecurityContext original = request.getSecurityContext();
        request.setSecurityContext(new Authenticated(identity, original != null && original.isSecure()));
        String path = request.getUriInfo().getPath();
        if (mustChange && !path.startsWith("auth/")) {
            throw new AccessDeniedException("change your password first: POST /api/v1/auth/password with"
                    + " currentPassword and newPassword");
        }
    }

    private record Authenticated(Identity identity, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return identity::username;
        }

        @Override
        public boolean isUserInRole(String role) {
            return identity.roles().stream().anyMatch(r -> r.name().equalsIgnoreCase(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return identity.isPublic() ? null : "Bearer";
        }
    }
}
