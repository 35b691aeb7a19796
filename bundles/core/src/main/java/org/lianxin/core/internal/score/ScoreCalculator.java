package org.lianxin.core.internal.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.lianxin.api.dto.CategoryScore;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.ItemScore;
import org.lianxin.api.dto.ScoringCategory;
import org.lianxin.api.dto.ScoringItem;
import org.lianxin.api.dto.ScoringTable;

/** Applies a scoring table to what a deputy did: every item's units, points (capped) and evidence. */
final class ScoreCalculator {
    record Result(BigDecimal total, List<CategoryScore> categories, List<ItemScore> items) {}

    private ScoreCalculator() {
    }

    static Result score(ScoringTable table, ScoreInputs in) {
        List<ItemScore> items = new ArrayList<>();
        List<CategoryScore> categories = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (ScoringCategory c : table.categories()) {
            BigDecimal sum = BigDecimal.ZERO;
            int cap = 0;
            for (ScoringItem item : c.items()) {
                ItemScore s = item(c.key(), item, in);
                items.add(s);
                sum = sum.add(s.points());
                cap += item.cap();
            }
            categories.add(new CategoryScore(c.key(), c.zh(), sum, cap));
            total = total.add(sum);
        }
        return new Result(total, categories, items);
    }

    static ItemScore item(String category, ScoringItem item, ScoreInputs in) {
        switch (item.basis()) {
        case RECORDS: {
            long units = 0;
            List<String> evidence = new ArrayList<>();
            for (DutyKind kind : item.kinds()) {
                for (ScoreInputs.Fact f : in.records(kind)) {
                    int w = f.variant() == null ? 1 : item.weights().getOrDefault(f.variant(), 1);
                    units += w;
                    evidence.add(w == 1 ? f.ref() : f.ref() + " ×" + w);
                }
            }
            return perUnit(category, item, units, evidence);
        }
        case PRESENCE: {
            List<String> evidence = new ArrayList<>();
            item.kinds().forEach(k -> in.records(k).forEach(f -> evidence.add(f.ref())));
            BigDecimal points = evidence.size() >= item.min() ? BigDecimal.valueOf(item.cap()) : BigDecimal.ZERO;
            return new ItemScore(item.key(), item.zh(), category, item.basis(), evidence.size(), points, item.cap(),
                    false, evidence);
        }
        case SUGGESTIONS_LED:
            return perUnit(category, item, in.led.size(), in.led);
        case SUGGESTIONS_ADOPTED:
            return perUnit(category, item, in.adopted.size(), in.adopted);
        case SUGGESTIONS_SATISFIED:
            return perUnit(category, item, in.satisfied.size(), in.satisfied);
        case REPORT_APPROVAL: {
            List<String> evidence = new ArrayList<>();
            BigDecimal min = BigDecimal.valueOf(item.min());
            for (ScoreInputs.Report r : in.reports) {
                if (r.approval() != null && r.approval().compareTo(min) >= 0) {
                    evidence.add(r.ref() + " " + r.approval().stripTrailingZeros().toPlainString() + "%");
                }
            }
            BigDecimal points = evidence.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(item.cap());
            return new ItemScore(item.key(), item.zh(), category, item.basis(), evidence.size(), points, item.cap(),
                    false, evidence);
        }
        default:
            throw new IllegalStateException("unknown basis " + item.basis());
        }
    }

    private static ItemScore perUnit(String category, ScoringItem item, long units, List<String> evidence) {
        BigDecimal raw = item.points().multiply(BigDecimal.valueOf(units));
        BigDecimal cap = BigDecimal.valueOf(item.cap());
        boolean capped = raw.compareTo(cap) > 0;
        BigDecimal points = capped ? cap : raw;
        return new ItemScore(item.key(), item.zh(), category, item.basis(), units, points.stripTrailingZeros()
                .scale() < 0 ? points.setScale(0) : points.stripTrailingZeros(), item.cap(), capped, evidence);
    }
}
