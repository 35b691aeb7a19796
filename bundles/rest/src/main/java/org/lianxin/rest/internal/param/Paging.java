package org.lianxin.rest.internal.param;

import org.lianxin.api.dto.PageRequest;
import org.lianxin.rest.internal.error.InvalidInputException;

/** The {@code offset} and {@code limit} query parameters of every list. */
public final class Paging {
    public static final String OFFSET = "offset";
    public static final String LIMIT = "limit";

    private Paging() {
    }

    /** Defaults: offset 0, limit {@value PageRequest#DEFAULT_LIMIT}; out of range is a 400. */
    public static PageRequest of(Integer offset, Integer limit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (o < 0) {
            throw new InvalidInputException(OFFSET, "must be 0 or more, was " + o);
        }
        if (l < 1 || l > PageRequest.MAX_LIMIT) {
            throw new InvalidInputException(LIMIT, "must be between 1 and " + PageRequest.MAX_LIMIT + ", was " + l);
        }
        return PageRequest.of(o, l);
    }
}
