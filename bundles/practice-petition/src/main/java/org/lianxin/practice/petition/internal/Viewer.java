package org.lianxin.practice.petition.internal;

/**
 * Who is reading a petition, as far as the privacy rule needs to know. Today only the actor name the REST caller
 * filter or the console gives ({@code deputy:<id>}, {@code staff:<name>}, {@code admin}); real roles will come from
 * the security work and land here, not in the callers.
 */
public record Viewer(String actor) {
    static final String ADMIN = "admin";
    private static final String DEPUTY = "deputy:";
    private static final String STAFF = "staff:";

    public Viewer {
        actor = actor == null ? "" : actor.strip();
    }

    public static Viewer of(String actor) {
        return new Viewer(actor);
    }

    boolean isAdmin() {
        return ADMIN.equals(actor);
    }

    boolean isStaff() {
        return actor.startsWith(STAFF) && actor.length() > STAFF.length();
    }

    boolean isDeputy(long deputyId) {
        return actor.equals(DEPUTY + deputyId);
    }
}
