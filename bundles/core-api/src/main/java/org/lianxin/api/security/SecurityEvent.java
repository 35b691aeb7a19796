package org.lianxin.api.security;

import java.time.Instant;

/** One audited security event: a login, a failure, a lock-out, a change of roles or scope, an export. */
public record SecurityEvent(long id, Instant at, String kind, String username, String actor, String source,
        String detail) {}
