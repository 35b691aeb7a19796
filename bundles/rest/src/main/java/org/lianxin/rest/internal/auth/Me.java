package org.lianxin.rest.internal.auth;

import java.util.Set;

import org.lianxin.api.security.Role;

/** {@code GET /auth/me}: who the token belongs to and what scope they act in. */
public record Me(String username, Set<Role> roles, Long regionId, Long unitId, Long deputyId) {}
