package org.lianxin.api;

/** The call needs a login: none was given, the token expired, or the password was wrong (401). */
public class NotAuthenticatedException extends LianxinException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
