package org.lianxin.practice.support;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.PageRequest;

/** The caller and the page of a practice's REST request, read as core's API reads them. */
public final class Requests {
    private Requests() {
    }

    public static String actor(SecurityContext context) {
        Principal p = context == null ? null : context.getUserPrincipal();
        return p == null || p.getName() == null || p.getName().isBlank() ? "api" : p.getName();
    }

    public static PageRequest page(Integer offset, Integer limit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (o < 0) {
            throw new ValidationException("offset", "must be 0 or more");
        }
        if (l < 1 || l > PageRequest.MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        return PageRequest.of(o, l);
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new ValidationException("body", "a JSON body is required");
        }
        return body;
    }
}
