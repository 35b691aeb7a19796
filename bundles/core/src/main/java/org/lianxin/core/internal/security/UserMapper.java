package org.lianxin.core.internal.security;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.api.security.User;
import org.lianxin.core.internal.jpa.UserEntity;

/** Users as stored, as shown, and as callers. */
final class UserMapper {
    private UserMapper() {
    }

    static Set<Role> roles(String stored) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(s -> out.add(
                Role.valueOf(s)));
        return out;
    }

    static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    static User user(UserEntity u, String regionName) {
        return new User(u.id, u.username, u.displayName, roles(u.roles), u.regionId, regionName, u.unitId, u.deputyId,
                u.enabled == 1, u.mustChange == 1, u.failedLogins, instant(u.lockedUntil), instant(u.lastLoginAt),
                instant(u.createdAt));
    }

    static Identity identity(UserEntity u, String regionPath) {
        return new Identity(u.id, u.username, roles(u.roles), u.regionId, regionPath, u.unitId, u.deputyId);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
