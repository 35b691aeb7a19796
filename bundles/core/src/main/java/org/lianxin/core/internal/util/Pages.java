package org.lianxin.core.internal.util;

import java.util.List;
import java.util.function.Function;

import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;

/** A page of a list computed in memory (rankings, filters the database cannot express portably). */
public final class Pages {
    private Pages() {
    }

    public static <E, T> Page<T> slice(List<E> all, PageRequest page, Function<E, T> mapper) {
        PageRequest p = page == null ? PageRequest.first() : page;
        int from = Math.min(p.offset(), all.size());
        int to = Math.min(from + p.limit(), all.size());
        return new Page<>(all.subList(from, to).stream().map(mapper).toList(), all.size(), p.offset(), p.limit());
    }
}
