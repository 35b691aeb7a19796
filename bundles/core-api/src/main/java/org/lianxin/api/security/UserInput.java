package org.lianxin.api.security;

import java.util.Set;

/**
 * A new user or the new roles and scope of one. A handler names their unit, a deputy or group leader their deputy
 * record; only an administrator may have no region (the whole country).
 */
public record UserInput(String username, String displayName, Set<Role> roles, Long regionId, Long unitId,
        Long deputyId) {}
