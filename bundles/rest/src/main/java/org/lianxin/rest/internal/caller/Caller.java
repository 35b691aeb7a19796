package org.lianxin.rest.internal.caller;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

/**
 * Who is calling, for the {@code actor} of audited service calls: the user the {@link
 * org.lianxin.rest.internal.auth.AuthFilter} authenticated, named in the request's security context.
 */
public final class Caller {
    public static final String DEFAULT = "api";

    private Caller() {
    }

    /** The actor of the current request. */
    public static String actor(SecurityContext context) {
        Principal p = context == null ? null : context.getUserPrincipal();
        return p == null || p.getName() == null || p.getName().isBlank() ? DEFAULT : p.getName();
    }
}
