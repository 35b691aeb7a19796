package org.lianxin.api;

/** A referenced entity does not exist. */
public class NotFoundException extends LianxinException {
    private static final long serialVersionUID = 1L;
    private final String entity;
    private final Object key;

    public NotFoundException(String entity, Object key) {
        this(entity, key, entity + " " + key + " does not exist");
    }

    /** With a message of its own, e.g. for something that exists but is not reachable now. */
    public NotFoundException(String entity, Object key, String message) {
        super(message);
        this.entity = entity;
        this.key = key;
    }

    public String entity() {
        return entity;
    }

    public Object key() {
        return key;
    }
}
