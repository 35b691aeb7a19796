package org.lianxin.core.internal.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lianxin.api.dto.DeputyActivity;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.StationActivity;
import org.lianxin.api.dto.SubmissionRate;

/**
 * Per-deputy and per-station activity: one page of deputies or stations, then one grouped count per figure for
 * the ids of that page only.
 */
final class ActivitySql {
    private ActivitySql() {
    }

    static Page<DeputyActivity> deputies(Connection c, String path, LocalDate from, LocalDate to, PageRequest page)
            throws SQLException {
        long total = count(c, "SELECT COUNT(*) FROM LX_DEPUTY WHERE REGION_PATH LIKE ?", path + "%");
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, NAME, REGION_ID FROM LX_DEPUTY WHERE REGION_PATH LIKE ?"
                + " ORDER BY ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            ps.setString(1, path + "%");
            ps.setInt(2, page.offset());
            ps.setInt(3, page.limit());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)});
                }
            }
        }
        if (rows.isEmpty()) {
            return new Page<>(List.of(), total, page.offset(), page.limit());
        }
        String ids = rows.stream().map(r -> r[0].toString()).collect(Collectors.joining(","));
        Map<Long, Long> raised = grouped(c, new SqlWhere().and("sd.DEPUTY_ID IN (" + ids + ")")
                .and("s.LEDGER_NO IS NOT NULL").and("s.STATE <> 'MERGED'").period("s.CREATED_AT", from, to, true),
                "SELECT sd.DEPUTY_ID, COUNT(*) FROM LX_SUGGESTION_DEPUTY sd JOIN LX_SUGGESTION s"
                        + " ON s.ID = sd.SUGGESTION_ID", " GROUP BY sd.DEPUTY_ID");
        Map<Long, long[]> duties = new HashMap<>();
        SqlWhere w = new SqlWhere().and("DEPUTY_ID IN (" + ids + ")").and("STATUS = 'APPROVED'")
                .period("DUTY_DATE", from, to, false);
        try (PreparedStatement ps = w.prepare(c, "SELECT DEPUTY_ID, SUM(CASE WHEN KIND = 'RECEPTION' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN KIND = 'VISIT' THEN 1 ELSE 0 END), COUNT(*) FROM LX_DUTY_RECORD", " GROUP BY DEPUTY_ID");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                duties.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            }
        }
        List<DeputyActivity> items = new ArrayList<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            long[] d = duties.getOrDefault(id, new long[3]);
            items.add(new DeputyActivity(id, (String) r[1], (Long) r[2], raised.getOrDefault(id, 0L), d[0], d[1], d[2]));
        }
        return new Page<>(items, total, page.offset(), page.limit());
    }

    static Page<StationActivity> stations(Connection c, String path, LocalDate from, LocalDate to, PageRequest page)
            throws SQLException {
        long total = count(c, "SELECT COUNT(*) FROM LX_STATION WHERE REGION_PATH LIKE ?", path + "%");
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, CODE, NAME, REGION_ID FROM LX_STATION"
                + " WHERE REGION_PATH LIKE ? ORDER BY ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            ps.setString(1, path + "%");
            ps.setInt(2, page.offset());
            ps.setInt(3, page.limit());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)});
                }
            }
        }
        if (rows.isEmpty()) {
            return new Page<>(List.of(), total, page.offset(), page.limit());
        }
        String ids = rows.stream().map(r -> r[0].toString()).collect(Collectors.joining(","));
        Map<Long, Long> receptions = grouped(c, new SqlWhere().and("STATION_ID IN (" + ids + ")")
                .and("KIND = 'RECEPTION'").and("STATUS = 'APPROVED'").period("DUTY_DATE", from, to, false),
                "SELECT STATION_ID, COUNT(*) FROM LX_DUTY_RECORD", " GROUP BY STATION_ID");
        Map<Long, Long> opinions = grouped(c, new SqlWhere().and("STATION_ID IN (" + ids + ")")
                .period("CREATED_AT", from, to, true), "SELECT STATION_ID, COUNT(*) FROM LX_OPINION", " GROUP BY STATION_ID");
        List<StationActivity> items = new ArrayList<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            items.add(new StationActivity(id, (String) r[1], (String) r[2], (Long) r[3], receptions.getOrDefault(id, 0L),
                    opinions.getOrDefault(id, 0L)));
        }
        return new Page<>(items, total, page.offset(), page.limit());
    }

    static SubmissionRate submission(Connection c, String path, LocalDate from, LocalDate to) throws SQLException {
        long deputies = count(c, "SELECT COUNT(*) FROM LX_DEPUTY WHERE REGION_PATH LIKE ? AND STATUS = 'ACTIVE'",
                path + "%");
        SqlWhere w = new SqlWhere().and("d.REGION_PATH LIKE ?", path + "%").and("d.STATUS = 'ACTIVE'")
                .and("s.LEDGER_NO IS NOT NULL").and("s.STATE <> 'MERGED'").period("s.CREATED_AT", from, to, true);
        long raising;
        try (PreparedStatement ps = w.prepare(c, "SELECT COUNT(DISTINCT sd.DEPUTY_ID) FROM LX_SUGGESTION_DEPUTY sd"
                + " JOIN LX_SUGGESTION s ON s.ID = sd.SUGGESTION_ID JOIN LX_DEPUTY d ON d.ID = sd.DEPUTY_ID", "");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            raising = rs.getLong(1);
        }
        return new SubmissionRate(deputies, raising, KpiFormulas.percent(raising, deputies));
    }

    private static long count(Connection c, String sql, String path) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, path);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<Long, Long> grouped(Connection c, SqlWhere w, String head, String tail) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (PreparedStatement ps = w.prepare(c, head, tail); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return out;
    }
}
