package org.lianxin.core.internal.security;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.security.AuthService;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.LoginResult;
import org.lianxin.core.internal.jpa.TokenEntity;
import org.lianxin.core.internal.jpa.UserEntity;
import org.lianxin.core.internal.tx.Tx;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Checks passwords, counts failures and locks accounts, issues and checks tokens. Hashing runs outside any
 * transaction (it takes a quarter of a second on purpose); the failure count is one UPDATE, so parallel guesses
 * all count.
 */
@Component(service = { AuthService.class, AuthServiceImpl.class }, configurationPid = "org.lianxin.security")
@Designate(ocd = SecuritySettings.class)
public class AuthServiceImpl implements AuthService {
    static final String WRONG = "wrong username or password";
    /** Compared against when the user does not exist, so that a miss takes as long as a wrong password. */
    private static final String DECOY = new Passwords(Passwords.DEFAULT_ITERATIONS).hash("decoy-password".toCharArray());

    private final Tx tx;
    private final SecurityAudit audit;
    private volatile SecuritySettings settings;

    @Activate
    public AuthServiceImpl(@Reference Tx tx, @Reference SecurityAudit audit, SecuritySettings settings) {
        this.tx = tx;
        this.audit = audit;
        this.settings = settings;
    }

    @Modified
    void modified(SecuritySettings changed) {
        this.settings = changed;
    }

    Passwords passwords() {
        return new Passwords(settings.hashIterations());
    }

    @Override
    public Identity verify(String username, char[] password, String source) {
        try {
            String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
            UserEntity u = tx.read(em -> UserRows.byName(em, name));
            LocalDateTime now = UserMapper.now();
            if (u == null) {
                Passwords.matches(password == null ? new char[0] : password, DECOY);
                audit.record(SecurityAudit.LOGIN_FAILED, clip(name), source, "unknown user");
                throw new NotAuthenticatedException(WRONG);
            }
            if (u.lockedUntil != null && u.lockedUntil.isAfter(now)) {
                audit.record(SecurityAudit.LOGIN_FAILED, name, source, "locked");
                throw new NotAuthenticatedException("too many failed logins: this account is locked until "
                        + u.lockedUntil.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " UTC; an administrator can"
                        + " unlock it sooner");
            }
            boolean ok = password != null && Passwords.matches(password, u.passwordHash);
            if (!ok) {
                failed(u.id, name, source);
                throw new NotAuthenticatedException(WRONG);
            }
            if (u.enabled != 1) {
                audit.record(SecurityAudit.LOGIN_FAILED, name, source, "disabled");
                throw new NotAuthenticatedException("this account is disabled");
            }
            Identity identity = tx.write(em -> {
                UserEntity fresh = UserRows.find(em, u.id);
                fresh.failedLogins = 0;
                fresh.lockedUntil = null;
                fresh.lastLoginAt = now;
                return UserRows.identity(em, fresh);
            });
            audit.record(SecurityAudit.LOGIN, name, source, null);
            return identity;
        } finally {
            Passwords.wipe(password);
        }
    }

    private void failed(long userId, String name, String source) {
        SecuritySettings s = settings;
        boolean locked = tx.write(em -> {
            em.createQuery("UPDATE UserEntity u SET u.failedLogins = u.failedLogins + 1, u.version = u.version + 1"
                    + " WHERE u.id = :id").setParameter("id", userId).executeUpdate();
            UserEntity u = em.find(UserEntity.class, userId);
            em.refresh(u);
            if (u.failedLogins < s.maxFailures()) {
                return false;
            }
            u.failedLogins = 0;
            u.lockedUntil = UserMapper.now().plusSeconds(s.lockSeconds());
            return true;
        });
        audit.record(SecurityAudit.LOGIN_FAILED, name, source, "wrong password");
        if (locked) {
            audit.record(SecurityAudit.LOCKED, name, source, s.maxFailures() + " failed logins in a row; locked for "
                    + s.lockSeconds() + " s");
        }
    }

    @Override
    public LoginResult issueToken(Identity identity, String source) {
        String token = Tokens.newToken();
        LocalDateTime now = UserMapper.now();
        LocalDateTime expires = now.plusSeconds(settings.tokenSeconds());
        return tx.write(em -> {
            em.createQuery("DELETE FROM TokenEntity t WHERE t.expiresAt < :now").setParameter("now", now)
                    .executeUpdate();
            TokenEntity t = new TokenEntity();
            t.tokenHash = Tokens.hash(token);
            t.userId = identity.userId();
            t.issuedAt = now;
            t.expiresAt = expires;
            t.source = clip(source);
            em.persist(t);
            UserEntity u = UserRows.find(em, identity.userId());
            return new LoginResult(token, expires.toInstant(ZoneOffset.UTC), u.mustChange == 1, UserRows.view(em, u));
        });
    }

    @Override
    public Identity authenticate(String token) {
        return tx.read(em -> UserRows.identity(em, userOf(em, token)));
    }

    @Override
    public boolean mustChangePassword(String token) {
        return tx.read(em -> userOf(em, token).mustChange == 1);
    }

    private static UserEntity userOf(javax.persistence.EntityManager em, String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new NotAuthenticatedException("no valid token: log in at /api/v1/auth/login");
        }
        TokenEntity t = em.find(TokenEntity.class, Tokens.hash(token.trim()));
        if (t == null || !t.expiresAt.isAfter(UserMapper.now())) {
            throw new NotAuthenticatedException("the token is unknown or expired: log in again");
        }
        UserEntity u = em.find(UserEntity.class, t.userId);
        if (u == null || u.enabled != 1) {
            throw new NotAuthenticatedException("this account is disabled");
        }
        return u;
    }

    @Override
    public void logout(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        String name = tx.write(em -> {
            TokenEntity t = em.find(TokenEntity.class, Tokens.hash(token.trim()));
            if (t == null) {
                return null;
            }
            em.remove(t);
            UserEntity u = em.find(UserEntity.class, t.userId);
            return u == null ? null : u.username;
        });
        if (name != null) {
            audit.record(SecurityAudit.LOGOUT, name, null, null);
        }
    }

    @Override
    public void changePassword(String username, char[] oldPassword, char[] newPassword, String source) {
        if (newPassword == null) {
            throw new ValidationException("newPassword", "is required");
        }
        if (oldPassword != null && java.util.Arrays.equals(oldPassword, newPassword)) {
            throw new ValidationException("newPassword", "must differ from the current password");
        }
        Identity me = verify(username, oldPassword, source);
        Passwords.checkStrength("newPassword", newPassword, me.username());
        String hash = passwords().hash(newPassword);
        Passwords.wipe(newPassword);
        tx.write(em -> {
            UserEntity u = UserRows.find(em, me.userId());
            u.passwordHash = hash;
            u.mustChange = 0;
            return null;
        });
        audit.record(SecurityAudit.PASSWORD_CHANGED, me.username(), source, null);
    }

    private static String clip(String s) {
        return s == null || s.length() <= 64 ? s : s.substring(0, 64);
    }
}
