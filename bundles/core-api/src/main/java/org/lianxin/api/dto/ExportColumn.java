package org.lianxin.api.dto;

import java.util.Objects;

/**
 * One column of an export: {@code key} is the stable machine name (never translated),
 * {@code zh} the Chinese header shown to people.
 */
public record ExportColumn(String key, String zh) {
    public ExportColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(zh, "zh");
    }
}
