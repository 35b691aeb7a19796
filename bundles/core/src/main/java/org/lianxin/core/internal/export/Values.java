package org.lianxin.core.internal.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.lianxin.api.dto.ExportColumn;

/** Value conversions shared by the sinks. */
final class Values {
    private Values() {
    }

    /** A date-time in {@code zone}, or null if {@code v} is not an instant-like or local date-time value. */
    static LocalDateTime localDateTime(Object v, ZoneId zone) {
        if (v instanceof LocalDateTime t) {
            return t;
        }
        if (v instanceof Instant t) {
            return LocalDateTime.ofInstant(t, zone);
        }
        if (v instanceof ZonedDateTime t) {
            return LocalDateTime.ofInstant(t.toInstant(), zone);
        }
        if (v instanceof OffsetDateTime t) {
            return LocalDateTime.ofInstant(t.toInstant(), zone);
        }
        return null;
    }

    static boolean isDateTime(Object v) {
        return v instanceof LocalDateTime || v instanceof Instant || v instanceof ZonedDateTime
                || v instanceof OffsetDateTime;
    }

    /** Plain decimal text of a number (no exponent, no trailing ".0"); NaN and infinities as Java writes them. */
    static String number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        if (n instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return n.toString();
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            // Float: via its own decimal text, so 0.1f stays "0.1"
            BigDecimal exact = n instanceof Float ? new BigDecimal(n.toString()) : BigDecimal.valueOf(d);
            return exact.stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    static String headerText(ExportColumn column, boolean keys) {
        return keys ? column.key() : column.zh();
    }

    static void checkHeader(List<ExportColumn> columns) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one column");
        }
        for (ExportColumn c : columns) {
            if (c == null) {
                throw new IllegalArgumentException("null column in " + columns);
            }
        }
    }

    static void checkRow(List<?> values, int columns) {
        if (values == null) {
            throw new IllegalArgumentException("row is null");
        }
        if (columns >= 0 && values.size() > columns) {
            throw new IllegalArgumentException("row has " + values.size() + " values for " + columns + " columns");
        }
    }
}
