package org.lianxin.core.internal.stats;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lianxin.api.dto.StatsDimension;
import org.lianxin.api.dto.StatsQuery;

/**
 * The one aggregate query behind every suggestion statistic: counts summed in the database, grouped by one column.
 * Portable SQL (Derby 10.14 and PostgreSQL): CASE sums, no vendor date functions (periods are grouped by day here
 * and folded into months, quarters or years by the caller).
 */
final class SuggestionStatsSql {
    static final String COMPLETED = "'COMPLETED','EXPLAINED','CLOSED'";
    static final String AWAITING_REPLY = "'ASSIGNED','HANDLING','SUPERVISED'";
    private static final String COLUMNS = "COUNT(*),"
            + " SUM(CASE WHEN STATE IN (" + COMPLETED + ") THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN RESULT_CLASS = 'A' OR (RESULT_CLASS = 'B' AND SOLVED = ?) THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN RESULT_CLASS = 'A' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN RESULT_CLASS = 'B' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN RESULT_CLASS = 'C' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN RATING = 'SATISFIED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN RATING = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN RATING = 'UNSATISFIED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN RESULT_CLASS IS NOT NULL AND DEADLINE IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN RESULT_CLASS IS NOT NULL AND DEADLINE IS NOT NULL"
            + " AND CAST(REPLIED_AT AS DATE) <= DEADLINE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN REPLIED_AT IS NULL AND DEADLINE < ? AND STATE IN (" + AWAITING_REPLY
            + ") THEN 1 ELSE 0 END)";

    private SuggestionStatsSql() {
    }

    /** The column a dimension is grouped by in SQL, or null for the total. */
    static String groupColumn(StatsDimension by) {
        switch (by) {
        case REGION:
        case LEVEL:
            return "REGION_ID";
        case UNIT:
            return "LEAD_UNIT_ID";
        case CATEGORY:
            return "CATEGORY";
        case YEAR:
        case QUARTER:
        case MONTH:
            return "CAST(CREATED_AT AS DATE)";
        default:
            return null;
        }
    }

    static SqlWhere where(StatsQuery q, String regionPath) {
        SqlWhere w = new SqlWhere().and("REGION_PATH LIKE ?", regionPath + "%").and("LEDGER_NO IS NOT NULL")
                .and("STATE <> 'MERGED'");
        if (q.unitId() != null) {
            w.and("LEAD_UNIT_ID = ?", q.unitId());
        }
        if (q.category() != null) {
            w.and("CATEGORY = ?", q.category().name());
        }
        if (q.level() != null) {
            w.and("REGION_ID IN (SELECT ID FROM LX_REGION WHERE REGION_LEVEL = ? AND PATH LIKE ?)", q.level().name(),
                    regionPath + "%");
        }
        return w.period("CREATED_AT", q.from(), q.to(), true);
    }

    /** Counts per value of the dimension's column (the key is null for the total and for a null column value). */
    static Map<Object, Counts> run(Connection c, StatsQuery q, String regionPath, LocalDate today)
            throws SQLException {
        String group = groupColumn(q.by());
        String head = "SELECT " + (group == null ? "" : group + ", ") + COLUMNS + " FROM LX_SUGGESTION";
        String tail = group == null ? "" : " GROUP BY " + group;
        Map<Object, Counts> out = new LinkedHashMap<>();
        try (PreparedStatement ps = where(q, regionPath).prepare(c, head, tail, Boolean.TRUE, Date.valueOf(today));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object key = group == null ? null : rs.getObject(1);
                Counts counts = Counts.read(rs, group == null ? 1 : 2);
                if (group == null && counts.raised == 0) {
                    continue;
                }
                out.merge(key, counts, Counts::add);
            }
        }
        return out;
    }
}
