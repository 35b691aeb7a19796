package org.lianxin.api;

/** Base of the errors core reports to callers; the message is meant for the person who made the request. */
public class LianxinException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LianxinException(String message) {
        super(message);
    }

    public LianxinException(String message, Throwable cause) {
        super(message, cause);
    }
}
