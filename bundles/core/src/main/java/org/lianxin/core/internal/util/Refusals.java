package org.lianxin.core.internal.util;

import org.lianxin.api.AccessDeniedException;
import org.lianxin.api.LianxinException;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.security.Identity;

/** The refusals of the services' policies: 401 for someone without a login, else 403 naming who may. */
public final class Refusals {
    private Refusals() {
    }

    /**
     * @param what what the caller tried, e.g. "update deputy 7"
     * @param who  who may, e.g. "office staff of the deputy's region"
     */
    public static LianxinException refuse(Identity me, String what, String who) {
        if (me.isPublic()) {
            return new NotAuthenticatedException(what + " needs a login");
        }
        return new AccessDeniedException(me.username() + " " + me.roles() + " may not " + what + ": this is for "
                + who);
    }
}
