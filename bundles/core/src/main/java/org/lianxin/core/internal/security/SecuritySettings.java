package org.lianxin.core.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.lianxin.security.cfg}. */
@ObjectClassDefinition(name = "Lianxin security", description = "Tokens, lock-out and password hashing")
public @interface SecuritySettings {
    @AttributeDefinition(description = "How long a login token is valid, in seconds")
    int tokenSeconds() default 1800;

    @AttributeDefinition(description = "Failed logins in a row that lock an account")
    int maxFailures() default 5;

    @AttributeDefinition(description = "How long a lock-out lasts, in seconds")
    int lockSeconds() default 900;

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations of new password hashes")
    int hashIterations() default Passwords.DEFAULT_ITERATIONS;
}
