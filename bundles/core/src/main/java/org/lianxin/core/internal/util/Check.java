package org.lianxin.core.internal.util;

import java.util.Collection;

import org.lianxin.api.ValidationException;

/** Input checks shared by the services; each failure names the field. */
public final class Check {
    public static final int NAME = 100;
    public static final int TITLE = 200;
    public static final int REASON = 2000;
    public static final int TEXT = 10000;
    public static final int ACTOR = 100;

    private Check() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /** A required text, trimmed, not blank, at most {@code max} characters. */
    public static String text(String value, String field, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw new ValidationException(field, "is required");
        }
        return v;
    }

    /** An optional text, trimmed, null when blank, at most {@code max} characters. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new ValidationException(field, "is longer than " + max + " characters");
        }
        return v;
    }

    /** A short code: letters, digits and dashes. */
    public static String code(String value, String field) {
        String v = text(value, field, 32);
        if (!v.matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
            throw new ValidationException(field, "may only hold letters, digits and dashes");
        }
        return v.toUpperCase(java.util.Locale.ROOT);
    }

    public static void notEmpty(Collection<?> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new ValidationException(field, "must not be empty");
        }
    }

    public static String actor(String actor) {
        String a = optional(actor, "actor", ACTOR);
        return a == null ? "system" : a;
    }

    public static void positive(long value, String field) {
        if (value <= 0) {
            throw new ValidationException(field, "must be positive");
        }
    }
}
