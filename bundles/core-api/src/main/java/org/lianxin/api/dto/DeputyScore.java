package org.lianxin.api.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * A deputy's score for a period, explained item by item. For a whole year of a term, {@code excellentYears} lists
 * the term's years up to this one graded 优秀, and two of them recommend the deputy for re-election.
 */
public record DeputyScore(long deputyId, String name, long regionId, Long groupId, String period, String table,
        BigDecimal total, Grade grade, List<CategoryScore> categories, List<ItemScore> items,
        List<Integer> excellentYears, boolean recommendedForReelection) {
    public DeputyScore {
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        excellentYears = List.copyOf(excellentYears);
    }
}
