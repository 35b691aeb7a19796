package org.lianxin.practice.petition.internal.rest;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.PageRequest;

/** The caller and the page of a request, as core's API reads them. */
final class Requests {
    private Requests() {
    }

    static String actor(SecurityContext context) {
        Principal p = context == null ? null : context.getUserPrincipal();
        return p == null || p.getName() == null || p.getName().isBlank() ? "api" : p.getName();
    }

    static PageRequest page(Integer offset, Integer limit) {
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

    static <T> T body(T body) {
        if (body == null) {
            throw new ValidationException("body", "a JSON body is required");
        }
        return body;
    }
}
