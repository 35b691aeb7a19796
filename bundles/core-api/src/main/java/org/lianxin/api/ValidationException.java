package org.lianxin.api;

/** Input that is missing, malformed or out of range; {@code field} names the offending input. */
public class ValidationException extends LianxinException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public ValidationException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
