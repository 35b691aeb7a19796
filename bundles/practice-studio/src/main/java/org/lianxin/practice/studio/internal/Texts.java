package org.lianxin.practice.studio.internal;

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

    static int count(Integer value, String field) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > 10_000_000) {
            throw new ValidationException(field, "must be between 0 and 10000000");
        }
        return value;
    }
}
