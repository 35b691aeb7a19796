package org.lianxin.shell.internal.completers;

import java.util.LinkedHashMap;
import java.util.Map;

/** Completes the constants of an enum of core-api. */
public abstract class EnumCompleter<E extends Enum<E>> extends CandidateCompleter {

    private final Class<E> type;

    protected EnumCompleter(Class<E> type) {
        this.type = type;
    }

    @Override
    protected Map<String, String> candidates(String typed) {
        Map<String, String> out = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            out.put(e.name(), null);
        }
        return out;
    }
}
