package org.lianxin.api.security;

import java.io.Serializable;
import java.security.Principal;

/**
 * The identity a login put into a JAAS subject (the console's session, a REST login), so that
 * {@link Callers#current()} finds it in the subject a console command runs as.
 */
public final class IdentityPrincipal implements Principal, Serializable {
    private static final long serialVersionUID = 1L;
    private final transient Identity identity;

    public IdentityPrincipal(Identity identity) {
        this.identity = identity;
    }

    public Identity identity() {
        return identity;
    }

    @Override
    public String getName() {
        return identity.username();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityPrincipal p && p.identity.equals(identity);
    }

    @Override
    public int hashCode() {
        return identity.hashCode();
    }

    @Override
    public String toString() {
        return "IdentityPrincipal[" + identity.username() + " " + identity.roles() + "]";
    }
}
