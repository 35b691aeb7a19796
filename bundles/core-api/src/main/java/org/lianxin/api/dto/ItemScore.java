package org.lianxin.api.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one item of the table gave: how many units were counted, the points, whether the cap cut them, and the
 * evidence (e.g. {@code duty:12 2025-03-01 RECEPTION}, {@code suggestion:7 DJ-2025-0007 A}).
 */
public record ItemScore(String key, String zh, String category, ScoringBasis basis, long units, BigDecimal points,
        int cap, boolean capped, List<String> evidence) {
    public ItemScore {
        evidence = List.copyOf(evidence);
    }
}
