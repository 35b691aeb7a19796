package org.lianxin.core.internal.security;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.jpa.SecurityEventEntity;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Check;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes security events in a transaction of their own: a refused login rolls back whatever it was part of, and its
 * record must stay.
 */
@Component(service = SecurityAudit.class)
public class SecurityAudit {
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOCKED = "LOCKED";
    public static final String LOGOUT = "LOGOUT";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String ROLES_CHANGED = "ROLES_CHANGED";
    public static final String ENABLED = "ENABLED";
    public static final String DISABLED = "DISABLED";
    public static final String UNLOCKED = "UNLOCKED";
    public static final String ACCESS_DENIED = "ACCESS_DENIED";

    private final Tx tx;

    @Activate
    public SecurityAudit(@Reference Tx tx) {
        this.tx = tx;
    }

    public void record(String kind, String username, String source, String detail) {
        String actor = Callers.current().map(Identity::username).orElse(null);
        tx.writeNew(em -> {
            SecurityEventEntity e = new SecurityEventEntity();
            e.at = LocalDateTime.now(ZoneOffset.UTC);
            e.kind = clip(kind, 40);
            e.username = clip(username, 64);
            e.actor = clip(actor, Check.ACTOR);
            e.source = clip(source, 100);
            e.detail = clip(detail, 2000);
            em.persist(e);
            return null;
        });
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
