package org.lianxin.practice.support;

import java.util.Locale;

import org.lianxin.api.ValidationException;

/** Checks of what a user typed; each refusal is a {@link ValidationException} naming the field (a 400). */
public final class Texts {
    public static final int NAME = 100;
    public static final int SHORT = 200;
    public static final int LONG = 4000;

    private Texts() {
    }

    /** Present, trimmed, at most {@code max} characters. */
    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        return optional(value, field, max);
    }

    /** Trimmed, null when blank, at most {@code max} characters. */
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

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /** Ids picked from a list (the deputies of an event...): absent is none, and no id may be null. */
    public static <T> java.util.List<T> ids(java.util.List<T> values, String field) {
        if (values == null) {
            return java.util.List.of();
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ValidationException(field, "must not hold null");
        }
        return values;
    }

    /** A count people typed (attendance, viewers): 0 when absent, never negative. */
    public static int count(Integer value, String field) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > 10_000_000) {
            throw new ValidationException(field, "must be between 0 and 10000000");
        }
        return value;
    }

    /** A Chinese resident ID-card number: 18 characters, 17 digits and a digit or X (a lower-case x is accepted). */
    public static String idNumber(String value, String field) {
        String v = optional(value, field, 18);
        if (v == null) {
            return null;
        }
        v = v.toUpperCase(Locale.ROOT);
        if (!v.matches("[0-9]{17}[0-9X]")) {
            throw new ValidationException(field, "must be 18 characters: 17 digits and a digit or X");
        }
        return v;
    }

    /** A phone number: digits, with an optional leading + and - or spaces between groups, 5 to 20 characters. */
    public static String phone(String value, String field) {
        String v = optional(value, field, 20);
        if (v != null && !v.matches("\\+?[0-9][0-9 -]{3,18}[0-9]")) {
            throw new ValidationException(field, "is not a phone number (digits, optionally + - and spaces)");
        }
        return v;
    }
}
