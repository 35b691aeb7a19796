package org.lianxin.itests;

import java.util.List;

/**
 * The hostile input the fuzz test throws: path ids, query values, raw bodies and property values. Plain constants,
 * so that every run sends the same requests (the seeded choices are in {@link OperationVariants}).
 */
final class HostileValues {
    static final long UNKNOWN_ID = 999_999_999L;
    static final String SQL = "' OR '1'='1";
    static final String SQL_DROP = "1; DROP TABLE LX_SUGGESTION --";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String CONTROL = "a\u0000b\u0007c\u001b[31m\u202Ed\uFFFF\uD83D\uDE00";

    /** Path segments put where an id (or other path parameter) belongs, already URL-encoded. */
    static final List<String> PATH_IDS = List.of(Long.toString(UNKNOWN_ID), "0", "-1", "abc", "1%20OR%201%3D1",
            "%27", "..%2F..", "99999999999999999999", "%3Cscript%3E");

    /** Query values sent for every query parameter whatever its type (encoded by the sender). */
    static final List<String> QUERY_ANY = List.of(SQL, SQL_DROP, SCRIPT, "");

    /** Query values sent for integer parameters. */
    static final List<String> QUERY_INTEGER = List.of("abc", "-1", "99999999999999999999", "1.5", "0x10");

    /** Raw bodies that are not what any endpoint expects. */
    static final List<String> RAW_BODIES = List.of("", "null", "[]", "\"x\"", "{", "{\"a\":", "{}", "12",
            "{\"a\":1,}", "\uFEFF{}", "{'single':'quotes'}");

    private HostileValues() {
    }

    /** A string of {@code length} characters, CJK and ASCII mixed. */
    static String huge(int length) {
        StringBuilder b = new StringBuilder(length);
        String unit = "连心AaZz09";
        while (b.length() < length) {
            b.append(unit, 0, Math.min(unit.length(), length - b.length()));
        }
        return b.toString();
    }

    /** JSON arrays (or objects) nested {@code depth} deep. */
    static String nested(int depth, boolean objects) {
        StringBuilder b = new StringBuilder(depth * (objects ? 6 : 2) + 4);
        for (int i = 0; i < depth; i++) {
            b.append(objects ? "{\"a\":" : "[");
        }
        b.append('1');
        for (int i = 0; i < depth; i++) {
            b.append(objects ? '}' : ']');
        }
        return b.toString();
    }
}
