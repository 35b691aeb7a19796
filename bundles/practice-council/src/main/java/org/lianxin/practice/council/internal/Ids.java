package org.lianxin.practice.council.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Lists of representative ids as stored: ascending, comma-separated. */
final class Ids {
    private Ids() {
    }

    static String store(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> parse(String stored) {
        List<Long> out = new ArrayList<>();
        if (stored != null && !stored.isBlank()) {
            for (String s : stored.split(",")) {
                out.add(Long.parseLong(s.trim()));
            }
        }
        return out;
    }
}
