package org.lianxin.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

/**
 * The baseline: the same rows the service API writes for one suggestion (creation with ledger number, then eight
 * audited transitions, one transaction each), written with plain JDBC on the same DataSource. Each transition
 * reads the row's state and version first, as any correct implementation must.
 */
final class JdbcLifecycle {
    private static final String[][] STEPS = { { "REGISTERED", "GROUP_PASS", "TOWNSHIP_REVIEW" },
        { "TOWNSHIP_REVIEW", "ROUTE", "ROUTED" }, { "ROUTED", "ASSIGN", "ASSIGNED" },
        { "ASSIGNED", "ACCEPT", "HANDLING" }, { "HANDLING", "LOG_CONTACT", "HANDLING" },
        { "HANDLING", "REPLY", "REPLIED" }, { "REPLIED", "EVALUATE", "COMPLETED" },
        { "COMPLETED", "CLOSE", "CLOSED" } };

    private final DataSource ds;
    private final long regionId;
    private final String regionPath;
    private final String regionCode;
    private final long deputyId;
    private final long unitId;

    JdbcLifecycle(DataSource ds, long regionId, String regionPath, String regionCode, long deputyId, long unitId) {
        this.ds = ds;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.regionCode = regionCode;
        this.deputyId = deputyId;
        this.unitId = unitId;
    }

    void run(int n) throws SQLException {
        long id = retrying(() -> create(n));
        for (String[] step : STEPS) {
            retrying(() -> {
                transition(id, step[0], step[1], step[2]);
                return null;
            });
        }
    }

    @FunctionalInterface
    private interface Transaction<T> {
        T run() throws SQLException;
    }

    /** As the service API does: a transaction the database rolled back (SQLState class 40) is run again. */
    private static <T> T retrying(Transaction<T> work) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                return work.run();
            } catch (SQLException e) {
                if (attempt >= 3 || e.getSQLState() == null || !e.getSQLState().startsWith("40")) {
                    throw e;
                }
            }
        }
    }

    private long create(int n) throws SQLException {
        int year = LocalDate.now().getYear();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                int seq;
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE LX_LEDGER_COUNTER SET NEXT_SEQ = NEXT_SEQ + 1 WHERE REGION_ID = ? AND LEDGER_YEAR = ?")) {
                    ps.setLong(1, regionId);
                    ps.setInt(2, year);
                    if (ps.executeUpdate() == 0) {
                        try (PreparedStatement ins = c.prepareStatement("INSERT INTO LX_LEDGER_COUNTER"
                                + " (REGION_ID, LEDGER_YEAR, NEXT_SEQ) VALUES (?, ?, 2)")) {
                            ins.setLong(1, regionId);
                            ins.setInt(2, year);
                            ins.executeUpdate();
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT NEXT_SEQ FROM LX_LEDGER_COUNTER WHERE REGION_ID = ? AND LEDGER_YEAR = ?")) {
                    ps.setLong(1, regionId);
                    ps.setInt(2, year);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        seq = rs.getInt(1) - 1;
                    }
                }
                long id;
                Timestamp now = now();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO LX_SUGGESTION (VERSION, LEDGER_NO,"
                        + " LEDGER_YEAR, LEDGER_SEQ, KIND, CATEGORY, TITLE, CONTENT, STATE, REGION_ID, REGION_PATH,"
                        + " HANDLING_REGION_ID, HANDLING_REGION_PATH, RATINGS, SUPERVISED, REDONE, OVERDUE_ESCALATED, SOLVED,"
                        + " CREATED_AT, UPDATED_AT, DEPUTY_IDS, CO_UNIT_IDS, PRE_CO_UNIT_IDS, OPINION_IDS)"
                        + " VALUES (1, ?, ?, ?, 'INTER_SESSION_OPINION', 'OTHER', ?, ?, 'REGISTERED', ?, ?, ?, ?, 0,"
                        + " FALSE, FALSE, FALSE, FALSE, ?, ?, ?, ',', ',', ',')", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, "J" + regionCode + "-" + year + "-" + String.format("%06d", seq));
                    ps.setInt(2, year);
                    ps.setInt(3, seq);
                    ps.setString(4, "基准测试 " + n);
                    ps.setString(5, "基准测试内容 " + n);
                    ps.setLong(6, regionId);
                    ps.setString(7, regionPath);
                    ps.setLong(8, regionId);
                    ps.setString(9, regionPath);
                    ps.setTimestamp(10, now);
                    ps.setTimestamp(11, now);
                    ps.setString(12, "," + deputyId + ",");
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO LX_SUGGESTION_DEPUTY (SUGGESTION_ID, DEPUTY_ID, POS) VALUES (?, ?, 0)")) {
                    ps.setLong(1, id);
                    ps.setLong(2, deputyId);
                    ps.executeUpdate();
                }
                event(c, id, "REGISTER", null, "REGISTERED");
                c.commit();
                return id;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void transition(long id, String from, String action, String to) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                long version;
                try (PreparedStatement ps = c.prepareStatement("SELECT STATE, VERSION FROM LX_SUGGESTION WHERE ID = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (!from.equals(rs.getString(1))) {
                            throw new IllegalStateException(action + " in " + rs.getString(1));
                        }
                        version = rs.getLong(2);
                    }
                }
                if (action.equals("LOG_CONTACT")) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO LX_CONTACT (SUGGESTION_ID, UNIT_ID,"
                            + " PHASE, METHOD, NOTE, ACTOR, CONTACT_AT) VALUES (?, ?, 'DURING', '电话', '办中沟通', 'bench', ?)")) {
                        ps.setLong(1, id);
                        ps.setLong(2, unitId);
                        ps.setTimestamp(3, now());
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE LX_SUGGESTION SET STATE = ?, VERSION = ?,"
                        + " UPDATED_AT = ?, LEAD_UNIT_ID = ?, DEADLINE = ? WHERE ID = ? AND VERSION = ?")) {
                    ps.setString(1, to);
                    ps.setLong(2, version + 1);
                    ps.setTimestamp(3, now());
                    ps.setLong(4, unitId);
                    ps.setDate(5, Date.valueOf(LocalDate.now().plusMonths(1)));
                    ps.setLong(6, id);
                    ps.setLong(7, version);
                    if (ps.executeUpdate() != 1) {
                        throw new IllegalStateException("concurrent change of " + id);
                    }
                }
                event(c, id, action, from, to);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void event(Connection c, long id, String action, String from, String to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO LX_SUGGESTION_EVENT (SUGGESTION_ID, EVENT_AT,"
                + " ACTOR, ACTION_NAME, FROM_STATE, TO_STATE, REASON, DATA) VALUES (?, ?, 'bench', ?, ?, ?, NULL, ?)")) {
            ps.setLong(1, id);
            ps.setTimestamp(2, now());
            ps.setString(3, action);
            ps.setString(4, from);
            ps.setString(5, to);
            ps.setString(6, "deadline=" + LocalDate.now().plusMonths(1) + "\n");
            ps.executeUpdate();
        }
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    }
}
