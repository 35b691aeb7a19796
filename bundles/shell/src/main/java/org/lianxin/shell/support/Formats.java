package org.lianxin.shell.support;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** How values print on the console. */
public final class Formats {

    /** Timestamps print in the platform's zone (system property {@code lianxin.timezone}, default Asia/Shanghai). */
    static final ZoneId ZONE = ZoneId.of(System.getProperty("lianxin.timezone", "Asia/Shanghai"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZONE));
    }

    public static String of(Object value) {
        return value == null ? "" : value.toString();
    }

    public static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    public static String join(Collection<?> values) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
