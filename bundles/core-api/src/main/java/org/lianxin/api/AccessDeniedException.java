package org.lianxin.api;

/** The caller is known but may not do this, or not in this region (403). */
public class AccessDeniedException extends LianxinException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
