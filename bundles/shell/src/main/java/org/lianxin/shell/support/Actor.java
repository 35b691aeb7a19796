package org.lianxin.shell.support;

import java.util.function.Supplier;

/** Who the audit trail names for a console action. */
public final class Actor {

    public static final String FALLBACK = "console";

    private Actor() {
    }

    /**
     * The user of the JAAS subject running the command, else the session's {@code USER} variable, else
     * {@value #FALLBACK}.
     */
    public static String of(Supplier<String> subjectUser, Object sessionUser) {
        String user = null;
        try {
            user = subjectUser.get();
        } catch (RuntimeException | LinkageError e) {
            // no subject on this thread, or the security manager APIs are unavailable
        }
        if (user != null && !user.isBlank()) {
            return user.trim();
        }
        if (sessionUser instanceof String s && !s.isBlank()) {
            return s.trim();
        }
        return FALLBACK;
    }
}
