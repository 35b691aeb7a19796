package org.lianxin.api.security;

import java.time.Instant;
import java.util.Set;

/** A user as shown to administrators: never the password or its hash. */
public record User(long id, String username, String displayName, Set<Role> roles, Long regionId, String regionName,
        Long unitId, Long deputyId, boolean enabled, boolean mustChangePassword, int failedLogins, Instant lockedUntil,
        Instant lastLoginAt, Instant createdAt) {}
