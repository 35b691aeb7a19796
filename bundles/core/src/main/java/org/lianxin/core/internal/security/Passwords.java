package org.lianxin.core.internal.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.lianxin.api.ValidationException;

/**
 * PBKDF2-HMAC-SHA256 password hashes, {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}: the iteration count is part
 * of each hash, so raising it for new passwords leaves older ones checkable. The JDK has it; no library to ship.
 */
public final class Passwords {
    /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final int iterations;

    public Passwords(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return SCHEME + "$" + iterations + "$" + b64(salt) + "$" + b64(derive(password, salt, iterations));
    }

    /** Whether the password matches the stored hash; a hash of another scheme never matches. */
    public static boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        int n;
        try {
            n = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        Base64.Decoder d = Base64.getDecoder();
        return MessageDigest.isEqual(d.decode(parts[3]), derive(password, d.decode(parts[2]), n));
    }

    /** The rules a new password must meet; the message says which one failed. */
    public static void checkStrength(String field, char[] password, String username) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new ValidationException(field, "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length > MAX_LENGTH) {
            throw new ValidationException(field, "must have at most " + MAX_LENGTH + " characters");
        }
        String p = new String(password);
        if (username != null && p.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(
                java.util.Locale.ROOT))) {
            throw new ValidationException(field, "must not contain the username");
        }
        if (p.chars().distinct().count() < 5) {
            throw new ValidationException(field, "is too simple: use at least 5 different characters");
        }
    }

    /** A random password for a first login: 20 characters without look-alikes (no 0/O, 1/l/I). */
    public static char[] random() {
        char[] out = new char[20];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return out;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }

    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
