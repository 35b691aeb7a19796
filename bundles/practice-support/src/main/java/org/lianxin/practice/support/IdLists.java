package org.lianxin.practice.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Lists of ids kept in one column: ascending, comma-separated ("" for none). */
public final class IdLists {
    private IdLists() {
    }

    public static String store(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static List<Long> parse(String stored) {
        List<Long> out = new ArrayList<>();
        if (stored != null && !stored.isBlank()) {
            for (String s : stored.split(",")) {
                out.add(Long.parseLong(s.trim()));
            }
        }
        return out;
    }
}
