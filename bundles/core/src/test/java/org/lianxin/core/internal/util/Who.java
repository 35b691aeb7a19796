package org.lianxin.core.internal.util;

import java.util.Set;

import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;

/**
 * Callers for the policy tests, in a small tree: the city {@code /1/}, its counties {@code /1/3/} and
 * {@code /1/4/}, and the township {@code /1/3/5/} of county 3.
 */
public final class Who {
    public static final String CITY = "/1/";
    public static final String COUNTY = "/1/3/";
    public static final String SIBLING = "/1/4/";
    public static final String TOWN = "/1/3/5/";

    private Who() {
    }

    public static Identity user(Role role, String path) {
        return new Identity(10, role.name().toLowerCase() + "@" + path, Set.of(role), regionId(path), path, null,
                null);
    }

    public static Identity nationalAdmin() {
        return new Identity(1, "admin", Set.of(Role.ADMIN), null, null, null, null);
    }

    public static Identity deputy(long deputyId, String path) {
        return new Identity(20, "deputy" + deputyId, Set.of(Role.DEPUTY), regionId(path), path, null, deputyId);
    }

    public static Identity groupLeader(long deputyId, String path) {
        return new Identity(21, "leader" + deputyId, Set.of(Role.GROUP_LEADER), regionId(path), path, null, deputyId);
    }

    public static Identity handler(long unitId, String path) {
        return new Identity(30, "handler" + unitId, Set.of(Role.HANDLER), regionId(path), path, unitId, null);
    }

    private static Long regionId(String path) {
        String[] parts = path.split("/");
        return Long.parseLong(parts[parts.length - 1]);
    }
}
