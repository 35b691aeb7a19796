package org.lianxin.core.internal.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.lianxin.api.dto.Grade;
import org.lianxin.api.dto.RankedScore;

/** Orders scores into a ranking: equal totals share a rank (1, 2, 2, 4), the bottom share flagged. */
final class Rankings {
    record Entry(long deputyId, String name, long regionId, Long groupId, BigDecimal total) {}

    private Rankings() {
    }

    static List<RankedScore> rank(List<Entry> entries, BigDecimal reminderShare) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::total).reversed().thenComparing(Entry::name)
                .thenComparingLong(Entry::deputyId));
        int n = sorted.size();
        int flagged = reminders(n, reminderShare);
        BigDecimal threshold = flagged == 0 ? null : sorted.get(n - flagged).total();
        List<RankedScore> out = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < n; i++) {
            Entry e = sorted.get(i);
            if (i == 0 || e.total().compareTo(sorted.get(i - 1).total()) != 0) {
                rank = i + 1;
            }
            // ties with the last flagged total are flagged too: one score, one treatment
            boolean reminder = threshold != null && e.total().compareTo(threshold) <= 0;
            out.add(new RankedScore(rank, e.deputyId(), e.name(), e.regionId(), e.groupId(), e.total(),
                    Grade.of(e.total()), reminder));
        }
        return out;
    }

    /** The bottom share of {@code n}, rounded up: at least one when there is a share and anyone to flag. */
    static int reminders(int n, BigDecimal share) {
        if (n == 0 || share.signum() == 0) {
            return 0;
        }
        return Math.max(1, share.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact());
    }
}
