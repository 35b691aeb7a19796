package org.lianxin.shell.support;

import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;

/** The --offset/--limit options of list commands and the "showing x-y of total" line. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest request(int offset, int limit) {
        if (offset < 0) {
            throw new ValidationException("--offset", "must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw new ValidationException("--limit", "must be between 1 and " + PageRequest.MAX_LIMIT + ", was " + limit);
        }
        return PageRequest.of(offset, limit);
    }

    /** "showing 51-100 of 234", or "showing 0 of 234" when the page is empty. */
    public static String summary(Page<?> page) {
        int n = page.items().size();
        if (n == 0) {
            return "showing 0 of " + page.total();
        }
        return "showing " + (page.offset() + 1) + "-" + (page.offset() + n) + " of " + page.total();
    }
}
