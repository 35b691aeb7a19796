package org.lianxin.rest.internal.caller;

import java.security.Principal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.SecurityContext;

/**
 * Takes the caller's name from the {@value Caller#HEADER} header into the request's {@link SecurityContext}.
 * It asserts a name, it does not authenticate: no roles, no authentication scheme.
 */
@PreMatching
public final class ActorFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String actor = Caller.fromHeader(request.getHeaderString(Caller.HEADER));
        SecurityContext original = request.getSecurityContext();
        request.setSecurityContext(new Asserted(actor, original != null && original.isSecure()));
    }

    private record Asserted(String actor, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return () -> actor;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return null;
        }
    }
}
