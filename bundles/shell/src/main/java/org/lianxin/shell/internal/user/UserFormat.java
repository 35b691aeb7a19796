package org.lianxin.shell.internal.user;

import java.time.Instant;

import org.lianxin.api.security.NewUser;
import org.lianxin.api.security.User;
import org.lianxin.shell.support.Details;

/** How the user commands show a user. */
final class UserFormat {
    private UserFormat() {
    }

    static String state(User u) {
        if (!u.enabled()) {
            return "disabled";
        }
        if (u.lockedUntil() != null && u.lockedUntil().isAfter(Instant.now())) {
            return "locked until " + u.lockedUntil();
        }
        return u.mustChangePassword() ? "must change password" : "active";
    }

    static Details details(User u) {
        return new Details().always("ID", u.id()).always("Username", u.username()).always("Name", u.displayName())
                .always("Roles", u.roles()).always("Region", u.regionName() == null ? "(all)" : u.regionName())
                .add("Unit", u.unitId()).add("Deputy", u.deputyId()).always("State", state(u))
                .add("Last login", u.lastLoginAt());
    }

    /** The one-time password is shown once: say so beside it. */
    static Details withPassword(NewUser created) {
        return details(created.user()).always("One-time password", created.oneTimePassword()
                + "   (shown once; the user changes it at first login)");
    }
}
