package org.lianxin.shell.internal.score;

import org.lianxin.api.HandlingClock;
import org.lianxin.api.dto.ScorePeriod;

/** A period option: {@code 2025}, {@code 2025Q3}, or this year when none is given. */
final class Periods {
    private Periods() {
    }

    static ScorePeriod of(String text, HandlingClock clock) {
        return text == null || text.isBlank() ? ScorePeriod.year(clock.today().getYear()) : ScorePeriod.parse(text);
    }
}
