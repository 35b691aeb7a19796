package org.lianxin.rest.internal.param;

import java.util.Collection;

import org.lianxin.api.ValidationException;

/**
 * The REST layer's own checks of request bodies: presence and length. Core validates the meaning again; these
 * give a 400 naming the field before any service is called.
 */
public final class Require {
    public static final int NAME = 100;
    public static final int CODE = 32;
    public static final int TITLE = 200;
    public static final int REASON = 2000;
    public static final int CONTENT = 10000;
    public static final int QUERY = 200;

    private Require() {
    }

    /** A request body that must be sent. */
    public static <T> T body(T body, String name) {
        if (body == null) {
            throw new ValidationException(name, "a JSON body is required");
        }
        return body;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /** A required, non-blank text of at most {@code max} characters. */
    public static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        return length(value, field, max);
    }

    /** An optional text of at most {@code max} characters. */
    public static String length(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new ValidationException(field, "is longer than " + max + " characters");
        }
        return value;
    }

    public static <C extends Collection<?>> C notEmpty(C values, String field) {
        if (values == null || values.isEmpty()) {
            throw new ValidationException(field, "must not be empty");
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ValidationException(field, "must not hold null");
        }
        return values;
    }

    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new ValidationException(field, "must be a positive id");
        }
        return value;
    }
}
