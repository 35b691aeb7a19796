package org.lianxin.api;

/** The request is valid but clashes with the current data (a duplicate code, a concurrent change, an item still in use). */
public class ConflictException extends LianxinException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
