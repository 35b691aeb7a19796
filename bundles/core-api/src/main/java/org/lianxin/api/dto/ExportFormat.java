package org.lianxin.api.dto;

import java.util.Locale;

import org.lianxin.api.ValidationException;

/** File formats of the table exports (台账, registers, statistics, score tables). */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** HTTP Content-Type of the file. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The format named {@code "xlsx"} or {@code "csv"}, ignoring case and surrounding blanks.
     *
     * @throws ValidationException (field {@code format}) for anything else, including null
     */
    public static ExportFormat parse(String value) {
        if (value != null) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            for (ExportFormat f : values()) {
                if (f.extension.equals(v)) {
                    return f;
                }
            }
        }
        throw new ValidationException("format", "must be xlsx or csv, was " + (value == null ? "nothing" : "'" + value + "'"));
    }
}
