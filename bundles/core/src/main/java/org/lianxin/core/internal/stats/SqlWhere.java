package org.lianxin.core.internal.stats;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Conditions and their parameters, bound in order; values only ever travel as parameters. */
final class SqlWhere {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    SqlWhere and(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    /** {@code column >= from AND column < to} for the ends that are given, on a timestamp or a date column. */
    SqlWhere period(String column, LocalDate from, LocalDate to, boolean timestamp) {
        if (from != null) {
            and(column + " >= ?", timestamp ? Timestamp.valueOf(from.atStartOfDay()) : Date.valueOf(from));
        }
        if (to != null) {
            and(column + " < ?", timestamp ? Timestamp.valueOf(to.atStartOfDay()) : Date.valueOf(to));
        }
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Prepares {@code head + where + tail}, binding {@code before} first (parameters of the select list). */
    PreparedStatement prepare(Connection c, String head, String tail, Object... before) throws SQLException {
        PreparedStatement ps = c.prepareStatement(head + sql() + tail);
        int i = 1;
        for (Object v : before) {
            ps.setObject(i++, v);
        }
        for (Object v : params) {
            ps.setObject(i++, v);
        }
        return ps;
    }
}
