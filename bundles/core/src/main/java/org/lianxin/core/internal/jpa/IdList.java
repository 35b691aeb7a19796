package org.lianxin.core.internal.jpa;

import java.util.ArrayList;
import java.util.List;

/**
 * A short list of ids kept in one column as {@code ,12,7,}: read with its row at no extra query, and the
 * leading and trailing commas let {@code LIKE '%,7,%'} find a member.
 */
public final class IdList {
    public static final String EMPTY = ",";

    private IdList() {
    }

    public static List<Long> parse(String text) {
        List<Long> ids = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isEmpty()) {
                    ids.add(Long.valueOf(part));
                }
            }
        }
        return ids;
    }

    public static String format(List<Long> ids) {
        StringBuilder sb = new StringBuilder(EMPTY);
        for (Long id : ids) {
            sb.append(id).append(',');
        }
        return sb.toString();
    }

    /** The pattern matching a list that holds {@code id}. */
    public static String containing(long id) {
        return "%," + id + ",%";
    }
}
