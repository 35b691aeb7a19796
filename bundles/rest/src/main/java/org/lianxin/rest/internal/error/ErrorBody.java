package org.lianxin.rest.internal.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The one JSON shape of every error response: {@code status} and {@code error} (the HTTP status and its name),
 * a {@code message} for the person who made the request, the offending {@code field} of bad input, and for a
 * refused lifecycle action the suggestion's {@code state} and the actions {@code allowed} in it.
 */
@JsonPropertyOrder({ "status", "error", "message", "field", "state", "allowed" })
public record ErrorBody(int status, String error, String message, String field, String state, List<String> allowed) {

    public ErrorBody {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public static ErrorBody of(int status, String message) {
        return new ErrorBody(status, HttpStatus.name(status), message, null, null, List.of());
    }

    public static ErrorBody ofField(int status, String message, String field) {
        return new ErrorBody(status, HttpStatus.name(status), message, field, null, List.of());
    }
}
