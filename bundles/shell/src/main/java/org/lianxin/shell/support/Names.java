package org.lianxin.shell.support;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

import org.lianxin.api.NotFoundException;

/**
 * Looks up display names by id once per command run (a list of 50 suggestions mostly names a few units).
 * Lives only as long as the action instance that created it; an unknown id prints as {@code #id}.
 */
public final class Names {

    private final LongFunction<String> loader;
    private final Map<Long, String> seen = new HashMap<>();

    public Names(LongFunction<String> loader) {
        this.loader = loader;
    }

    public String of(Long id) {
        if (id == null) {
            return "";
        }
        return seen.computeIfAbsent(id, key -> {
            try {
                String name = loader.apply(key);
                return name == null ? "#" + key : name;
            } catch (NotFoundException e) {
                return "#" + key;
            }
        });
    }
}
