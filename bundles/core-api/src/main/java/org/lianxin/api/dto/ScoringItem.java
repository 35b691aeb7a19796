package org.lianxin.api.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One line of a scoring table: what it counts ({@code basis}, {@code kinds}), how much each counted unit is worth
 * ({@code points}), the most it can give ({@code cap}), the threshold of PRESENCE and REPORT_APPROVAL
 * ({@code min}), and the weight of record variants (e.g. {@code ORAL: 4, WRITTEN: 1} for reports to voters).
 */
public record ScoringItem(String key, String zh, ScoringBasis basis, List<DutyKind> kinds, BigDecimal points,
        int cap, int min, Map<String, Integer> weights) {
    public ScoringItem {
        kinds = List.copyOf(kinds);
        weights = Map.copyOf(weights);
    }
}
