package org.lianxin.api.dto;

import java.math.BigDecimal;

/**
 * One figure a practice publishes, e.g. consultations answered or the share of opinions implemented.
 *
 * @param key   stable, for programs ({@code consultationsAnswered})
 * @param unit  {@code null} for counts, {@code %} for shares, or a currency or unit word
 */
public record PracticeFigure(String key, String labelZh, String labelEn, BigDecimal value, String unit) {

    public static PracticeFigure count(String key, String labelZh, String labelEn, long value) {
        return new PracticeFigure(key, labelZh, labelEn, BigDecimal.valueOf(value), null);
    }
}
