package org.lianxin.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Passwords, tokens and lock-out. The console's JAAS realm and the REST login both check passwords here, so a
 * failure counts the same wherever it happens.
 */
@ProviderType
public interface AuthService {

    /**
     * Checks a password: the identity on success; otherwise a {@link org.lianxin.api.NotAuthenticatedException}
     * whose message never tells whether the user exists. Repeated failures lock the account for a while.
     *
     * @param source where the attempt came from (an address, "console"), for the audit
     */
    Identity verify(String username, char[] password, String source);

    /** Issues a short-lived token for an identity {@link #verify verified} just now. */
    LoginResult issueToken(Identity identity, String source);

    /** The identity of a valid token, or a 401 when it is unknown, expired or logged out. */
    Identity authenticate(String token);

    /** Whether the token's user must change the password before doing anything else. */
    boolean mustChangePassword(String token);

    void logout(String token);

    /** The caller's own password change; a forced change ends with it. */
    void changePassword(String username, char[] oldPassword, char[] newPassword, String source);
}
