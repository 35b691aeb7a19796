package org.lianxin.api.dto;

import java.util.Objects;

/**
 * A column of a practice's page in the web UI: the {@code field} of the listed items it shows (a top-level property
 * of the item's JSON, e.g. {@code name}) and its heading in Chinese and English.
 */
public record PracticeColumn(String field, String labelZh, String labelEn) {
    public PracticeColumn {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
    }
}
