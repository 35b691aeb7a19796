package org.lianxin.api.dto;

import java.time.LocalDate;

import org.lianxin.api.ValidationException;

/**
 * A scoring period: a year ({@code 2025}), or a quarter ({@code 2025Q2}) meaning the year to the end of that quarter,
 * as the quarterly published rankings accumulate.
 */
public record ScorePeriod(int year, Integer quarter) {
    public ScorePeriod {
        if (year < 2000 || year > 2100) {
            throw new ValidationException("period", "year must be between 2000 and 2100, was " + year);
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new ValidationException("period", "quarter must be 1 to 4, was " + quarter);
        }
    }

    public static ScorePeriod year(int year) {
        return new ScorePeriod(year, null);
    }

    /** {@code 2025} or {@code 2025Q3} (case-insensitive). */
    public static ScorePeriod parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase();
        if (!t.matches("\\d{4}(Q\\d)?")) {
            throw new ValidationException("period", "must look like 2025 or 2025Q3, was '" + text + "'");
        }
        int year = Integer.parseInt(t.substring(0, 4));
        return new ScorePeriod(year, t.length() == 4 ? null : Integer.parseInt(t.substring(5)));
    }

    public LocalDate start() {
        return LocalDate.of(year, 1, 1);
    }

    /** The first day after the period. */
    public LocalDate end() {
        return quarter == null ? LocalDate.of(year + 1, 1, 1) : LocalDate.of(year, quarter * 3, 1).plusMonths(1);
    }

    @Override
    public String toString() {
        return quarter == null ? Integer.toString(year) : year + "Q" + quarter;
    }
}
