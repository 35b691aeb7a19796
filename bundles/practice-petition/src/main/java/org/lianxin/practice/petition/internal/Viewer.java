package org.lianxin.practice.petition.internal;

import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;

/** Who is reading a petition, as far as the privacy rule needs to know: the authenticated caller. */
public record Viewer(Identity identity) {

    public static Viewer of(Identity identity) {
        return new Viewer(identity == null ? Identity.PUBLIC : identity);
    }

    /** The caller of the current call; the public when nobody is bound. */
    public static Viewer current() {
        return of(Callers.current().orElse(Identity.PUBLIC));
    }

    boolean isAdmin() {
        return identity.isSystem() || identity.has(Role.ADMIN);
    }

    /** Office staff and congress leaders: they handle petitions turned into work of the office. */
    boolean isStaff() {
        return identity.has(Role.STAFF) || identity.has(Role.LEADER);
    }

    boolean isDeputy(long deputyId) {
        return identity.deputyId() != null && identity.deputyId() == deputyId;
    }
}
