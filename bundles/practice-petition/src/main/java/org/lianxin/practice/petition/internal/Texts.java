package org.lianxin.practice.petition.internal;

import org.lianxin.api.ValidationException;

/** Checks of the text a user typed: present when required, trimmed, within a length. */
final class Texts {
    static final int NAME = 100;
    static final int SHORT = 200;
    static final int LONG = 4000;

    private Texts() {
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        return optional(value, field, max);
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new ValidationException(field, "is longer than " + max + " characters");
        }
        return v;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /** A Chinese resident ID-card number: 18 characters, 17 digits and a digit or X (a lower-case x is accepted). */
    static String idNumber(String value, String field) {
        String v = optional(value, field, 18);
        if (v == null) {
            return null;
        }
        v = v.toUpperCase(java.util.Locale.ROOT);
        if (!v.matches("[0-9]{17}[0-9X]")) {
            throw new ValidationException(field, "must be 18 characters: 17 digits and a digit or X");
        }
        return v;
    }

    /** A phone number: digits, with an optional leading + and - or spaces between groups, 5 to 20 characters. */
    static String phone(String value, String field) {
        String v = optional(value, field, 20);
        if (v != null && !v.matches("\\+?[0-9][0-9 -]{3,18}[0-9]")) {
            throw new ValidationException(field, "is not a phone number (digits, optionally + - and spaces)");
        }
        return v;
    }
}
