package org.lianxin.core.internal.score;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.ScorePeriod;
import org.lianxin.core.internal.stats.KpiFormulas;

/**
 * Reads what the deputies of a scope did in a period: approved duty records, their suggestions (led, adopted,
 * satisfied) and their held reports to voters, one query each, with references for the explanation.
 */
final class ScoreFactsSql {
    record DeputyRow(long id, String name, long regionId, String regionPath, Long groupId, String term) {}

    private ScoreFactsSql() {
    }

    /** Active deputies matching {@code condition} (on LX_DEPUTY columns, one parameter). */
    static List<DeputyRow> deputies(Connection c, String condition, Object param) throws SQLException {
        List<DeputyRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, NAME, REGION_ID, REGION_PATH, GROUP_ID, TERM_NAME"
                + " FROM LX_DEPUTY WHERE " + condition + " AND STATUS = 'ACTIVE' ORDER BY ID")) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    static DeputyRow deputy(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, NAME, REGION_ID, REGION_PATH, GROUP_ID, TERM_NAME"
                + " FROM LX_DEPUTY WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? row(rs) : null;
            }
        }
    }

    private static DeputyRow row(ResultSet rs) throws SQLException {
        long group = rs.getLong(5);
        Long groupId = rs.wasNull() ? null : group;
        return new DeputyRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), groupId,
                rs.getString(6));
    }

    /** Facts per deputy id, for the deputies selected by {@code scope} (a subquery of LX_DEPUTY ids, one parameter). */
    static Map<Long, ScoreInputs> facts(Connection c, String scope, Object param, ScorePeriod period)
            throws SQLException {
        Map<Long, ScoreInputs> out = new HashMap<>();
        Date from = Date.valueOf(period.start());
        Date to = Date.valueOf(period.end());
        try (PreparedStatement ps = c.prepareStatement("SELECT DEPUTY_ID, ID, KIND, VARIANT, DUTY_DATE FROM LX_DUTY_RECORD"
                + " WHERE DEPUTY_ID IN (" + scope + ") AND STATUS = 'APPROVED' AND DUTY_DATE >= ? AND DUTY_DATE < ?"
                + " ORDER BY DUTY_DATE, ID")) {
            bind(ps, param, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DutyKind kind = DutyKind.valueOf(rs.getString(3));
                    String ref = "duty:" + rs.getLong(2) + " " + rs.getDate(5) + " " + kind.zh();
                    String variant = rs.getString(4);
                    inputs(out, rs.getLong(1)).record(kind, variant == null ? ref : ref + "(" + variant + ")", variant);
                }
            }
        }
        Timestamp start = Timestamp.valueOf(period.start().atStartOfDay());
        Timestamp end = Timestamp.valueOf(period.end().atStartOfDay());
        try (PreparedStatement ps = c.prepareStatement("SELECT sd.DEPUTY_ID, s.ID, s.LEDGER_NO, sd.POS, s.CREATED_AT,"
                + " s.RESULT_CLASS, s.REPLIED_AT, s.RATING FROM LX_SUGGESTION_DEPUTY sd JOIN LX_SUGGESTION s"
                + " ON s.ID = sd.SUGGESTION_ID WHERE sd.DEPUTY_ID IN (" + scope + ") AND s.LEDGER_NO IS NOT NULL"
                + " AND s.STATE <> 'MERGED' AND ((s.CREATED_AT >= ? AND s.CREATED_AT < ?)"
                + " OR (s.REPLIED_AT >= ? AND s.REPLIED_AT < ?)) ORDER BY s.ID")) {
            bind(ps, param, start, end, start, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ScoreInputs in = inputs(out, rs.getLong(1));
                    String ref = "suggestion:" + rs.getLong(2) + " " + rs.getString(3);
                    Timestamp created = rs.getTimestamp(5);
                    Timestamp replied = rs.getTimestamp(7);
                    boolean raisedIn = !created.before(start) && created.before(end);
                    boolean repliedIn = replied != null && !replied.before(start) && replied.before(end);
                    if (raisedIn && rs.getInt(4) == 0) {
                        in.led.add(ref);
                    }
                    if (repliedIn && "A".equals(rs.getString(6))) {
                        in.adopted.add(ref + " A");
                    }
                    String rating = rs.getString(8);
                    if (repliedIn && ("SATISFIED".equals(rating) || "BASICALLY_SATISFIED".equals(rating))) {
                        in.satisfied.add(ref + " " + rating);
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT DEPUTY_ID, ID, FORM, SATISFIED, BASICALLY_SATISFIED,"
                + " UNSATISFIED FROM LX_VOTER_REPORT WHERE DEPUTY_ID IN (" + scope + ") AND STATUS = 'HELD'"
                + " AND HELD_ON >= ? AND HELD_ON < ? ORDER BY ID")) {
            bind(ps, param, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int yes = rs.getInt(4) + rs.getInt(5);
                    inputs(out, rs.getLong(1)).reports.add(new ScoreInputs.Report(
                            "report:" + rs.getLong(2) + " " + rs.getString(3), KpiFormulas.percent(yes, yes + rs.getInt(6))));
                }
            }
        }
        return out;
    }

    private static ScoreInputs inputs(Map<Long, ScoreInputs> m, long deputy) {
        return m.computeIfAbsent(deputy, d -> new ScoreInputs());
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    /** Codes of a region and its ancestors, nearest first. */
    static List<String> codesNearestFirst(Connection c, String path) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (String id : path.split("/")) {
            if (!id.isEmpty()) {
                ids.add(Long.parseLong(id));
            }
        }
        Map<Long, String> codes = new HashMap<>();
        if (!ids.isEmpty()) {
            String in = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
            try (PreparedStatement ps = c.prepareStatement("SELECT ID, CODE FROM LX_REGION WHERE ID IN (" + in + ")");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = ids.size() - 1; i >= 0; i--) {
            if (codes.containsKey(ids.get(i))) {
                out.add(codes.get(ids.get(i)));
            }
        }
        return out;
    }
}
