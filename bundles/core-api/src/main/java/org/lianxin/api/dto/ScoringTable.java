package org.lianxin.api.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * A region's scoring table (考核表), read from configuration; {@code source} says which file it came from.
 * {@code reminderShare} is the bottom share of a ranking flagged for a reminder talk.
 */
public record ScoringTable(String name, String source, BigDecimal reminderShare, List<ScoringCategory> categories) {
    public ScoringTable {
        categories = List.copyOf(categories);
    }
}
