package org.lianxin.api.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The caller of a service call: a user with roles, the region whose subtree they act in (its path, e.g. {@code /1/3/},
 * null for the whole country), and for handlers their unit, for deputies their deputy record.
 */
public record Identity(long userId, String username, Set<Role> roles, Long regionId, String regionPath, Long unitId,
        Long deputyId) {
    /** Core's own jobs (the escalation clock, demo data, outboxes): not a person, not checked. */
    public static final Identity SYSTEM = new Identity(-1, "system", Set.of(Role.ADMIN), null, null, null, null);
    /** Anyone without a login. */
    public static final Identity PUBLIC = new Identity(0, "public", Set.of(Role.PUBLIC), null, null, null, null);

    public Identity {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public boolean isSystem() {
        return this == SYSTEM || userId == SYSTEM.userId && SYSTEM.username.equals(username);
    }

    public boolean isPublic() {
        return roles.equals(Set.of(Role.PUBLIC));
    }

    /** Whether a row of the region with this path is within the caller's scope (their region or below). */
    public boolean covers(String path) {
        return regionPath == null || path != null && path.startsWith(regionPath);
    }
}
