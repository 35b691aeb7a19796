package org.lianxin.api.dto;

import java.util.List;

/** A category of a scoring table (e.g. 出席会议) and its items. */
public record ScoringCategory(String key, String zh, List<ScoringItem> items) {
    public ScoringCategory {
        items = List.copyOf(items);
    }
}
