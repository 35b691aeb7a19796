package org.lianxin.api.security;

import java.security.AccessController;
import java.util.Optional;
import java.util.function.Supplier;

import javax.security.auth.Subject;

/**
 * The caller of the current service call. REST binds the authenticated user (or {@link Identity#PUBLIC}) to the
 * request's thread; a console command runs as the JAAS subject of its session, whose {@link IdentityPrincipal} is
 * found here; core's jobs run {@link #asSystem}. Nothing bound means nobody: services refuse such calls, so a plugin
 * thread that forgot to say who it acts for cannot read or write past the checks.
 */
public final class Callers {
    private static final ThreadLocal<Identity> BOUND = new ThreadLocal<>();

    private Callers() {
    }

    /** The caller, if any is bound to this thread or found in the current JAAS subject. */
    public static Optional<Identity> current() {
        Identity bound = BOUND.get();
        if (bound != null) {
            return Optional.of(bound);
        }
        return fromSubject();
    }

    @SuppressWarnings("removal") // the way Karaf's console hands a command its session's subject on Java 17
    private static Optional<Identity> fromSubject() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return Optional.empty();
        }
        Optional<Identity> identity = subject.getPrincipals(IdentityPrincipal.class).stream()
                .map(IdentityPrincipal::identity).findFirst();
        return identity.isPresent() ? identity : localOperator(subject);
    }

    /**
     * Karaf's local console (bin/karaf in the foreground) logs nobody in: its subject carries the roles of
     * {@code karaf.local.roles}. Whoever sits at the machine's own console is its operator, so with the {@code admin}
     * role it acts as a national administrator; any login through Lianxin's realm carries an identity instead.
     */
    private static Optional<Identity> localOperator(Subject subject) {
        boolean admin = subject.getPrincipals().stream().anyMatch(p -> "RolePrincipal".equals(
                p.getClass().getSimpleName()) && "admin".equals(p.getName()));
        if (!admin) {
            return Optional.empty();
        }
        String name = subject.getPrincipals().stream().filter(p -> "UserPrincipal".equals(p.getClass()
                .getSimpleName())).map(java.security.Principal::getName).findFirst().orElse("console");
        return Optional.of(new Identity(0, name, java.util.Set.of(Role.ADMIN), null, null, null, null));
    }

    /**
     * Binds the caller of a request to the thread that serves it, for an edge that owns the whole request (the REST
     * servlet), which must {@link #clear()} in a finally block. Everyone else uses {@link #as}.
     */
    public static void bind(Identity identity) {
        BOUND.set(identity);
    }

    public static void clear() {
        BOUND.remove();
    }

    /** Runs {@code work} as {@code identity}, restoring whatever was bound before. */
    public static <T> T as(Identity identity, Supplier<T> work) {
        Identity before = BOUND.get();
        BOUND.set(identity);
        try {
            return work.get();
        } finally {
            if (before == null) {
                BOUND.remove();
            } else {
                BOUND.set(before);
            }
        }
    }

    public static void run(Identity identity, Runnable work) {
        as(identity, () -> {
            work.run();
            return null;
        });
    }

    /** Core's and a practice's own jobs: the clock, demo data, outbox deliveries. */
    public static <T> T asSystem(Supplier<T> work) {
        return as(Identity.SYSTEM, work);
    }

    public static void runAsSystem(Runnable work) {
        run(Identity.SYSTEM, work);
    }
}
