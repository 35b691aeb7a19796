package org.lianxin.api.security;

import java.time.Instant;

/**
 * A successful login: a bearer token valid until {@code expiresAt}. While {@code mustChangePassword} is true the
 * token serves only the password change.
 */
public record LoginResult(String token, Instant expiresAt, boolean mustChangePassword, User user) {}
