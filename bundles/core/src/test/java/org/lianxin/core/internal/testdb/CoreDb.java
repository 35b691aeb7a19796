package org.lianxin.core.internal.testdb;

import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.lianxin.core.internal.db.Migrations;

/**
 * An in-memory Derby with core's real migrations, and terse inserts for the rows the read-side tests need.
 * Each instance is a database of its own; {@link #drop()} removes it.
 */
public final class CoreDb {
    public final EmbeddedDataSource ds;
    private final String name;

    public CoreDb() throws Exception {
        if (System.getProperty("derby.stream.error.file") == null) {
            new File("target").mkdirs();
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
        name = "memory:core-" + UUID.randomUUID();
        ds = new EmbeddedDataSource();
        ds.setDatabaseName(name);
        ds.setCreateDatabase("create");
        SortedMap<String, URL> scripts = new TreeMap<>();
        for (String s : new String[] {"001_init.sql", "002_duties.sql", "003_scores.sql", "004_stats_index.sql"}) {
            URL url = CoreDb.class.getClassLoader().getResource("db/core/" + s);
            if (url != null) {
                scripts.put(s, url);
            }
        }
        new Migrations(ds).apply("core", scripts);
    }

    public void drop() {
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(name);
        drop.setConnectionAttributes("drop=true");
        try (Connection c = drop.getConnection()) {
            // never reached: dropping ends with SQLState 08006
        } catch (SQLException expected) {
            // dropped
        }
    }

    public long region(String code, String level, Long parentId) throws SQLException {
        try (Connection c = ds.getConnection()) {
            String parentPath = "/";
            if (parentId != null) {
                parentPath = one(c, "SELECT PATH FROM LX_REGION WHERE ID = " + parentId);
            }
            long id = insert(c, "INSERT INTO LX_REGION (CODE, NAME, REGION_LEVEL, PARENT_ID, PATH) VALUES (?,?,?,?,?)",
                    code, code + "区", level, parentId, parentPath);
            exec(c, "UPDATE LX_REGION SET PATH = ? WHERE ID = ?", parentPath + id + "/", id);
            return id;
        }
    }

    public String path(long regionId) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return one(c, "SELECT PATH FROM LX_REGION WHERE ID = " + regionId);
        }
    }

    public long unit(String code, long regionId) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return insert(c, "INSERT INTO LX_UNIT (CODE, NAME, REGION_ID, REGION_PATH) VALUES (?,?,?,?)", code,
                    code + "局", regionId, path(regionId));
        }
    }

    public long deputy(String name, long regionId, boolean active) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return insert(c, "INSERT INTO LX_DEPUTY (NAME, REGION_ID, REGION_PATH, STATUS, DIRECTLY_ELECTED, TERM_NAME)"
                    + " VALUES (?,?,?,?,?,?)", name, regionId, path(regionId), active ? "ACTIVE" : "RESIGNED",
                    Boolean.TRUE, "第十二届");
        }
    }

    public long station(String code, long regionId) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return insert(c, "INSERT INTO LX_STATION (CODE, NAME, KIND, REGION_ID, REGION_PATH) VALUES (?,?,?,?,?)",
                    code, code + "站", "STATION", regionId, path(regionId));
        }
    }

    /** A suggestion row as the lifecycle leaves it; {@link SuggestionRow} holds the columns statistics read. */
    public long suggestion(SuggestionRow r) throws SQLException {
        return suggestions(r, 1);
    }

    /** {@code n} copies of the row in one transaction; the id of the last. */
    public long suggestions(SuggestionRow r, int n) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            String path = path(r.regionId);
            long id = 0;
            for (int i = 0; i < n; i++) {
                id = insert(c, "INSERT INTO LX_SUGGESTION (VERSION, LEDGER_NO, LEDGER_YEAR, KIND, CATEGORY, TITLE, CONTENT,"
                        + " STATE, REGION_ID, REGION_PATH, HANDLING_REGION_ID, HANDLING_REGION_PATH, LEAD_UNIT_ID, DEADLINE,"
                        + " RESULT_CLASS, REPLIED_AT, RATING, RATINGS, SUPERVISED, REDONE, OVERDUE_ESCALATED, SOLVED,"
                        + " DEPUTY_IDS, CO_UNIT_IDS, PRE_CO_UNIT_IDS, OPINION_IDS, CREATED_AT, UPDATED_AT)"
                        + " VALUES (1,?,?,'SUGGESTION',?,'t','c',?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?,'','','',?,?)",
                        r.registered ? "L-" + UUID.randomUUID() : null, r.created.getYear(),
                        r.category, r.state, r.regionId, path, r.regionId, path, r.unitId,
                        r.deadline == null ? null : java.sql.Date.valueOf(r.deadline), r.resultClass,
                        r.replied == null ? null : Timestamp.valueOf(r.replied.atTime(10, 0)), r.rating, Boolean.FALSE,
                        Boolean.FALSE, Boolean.FALSE, r.solved, r.deputyId == null ? "" : r.deputyId.toString(),
                        Timestamp.valueOf(r.created.atTime(9, 0)), Timestamp.valueOf(r.created.atTime(9, 0)));
                if (r.deputyId != null) {
                    exec(c, "INSERT INTO LX_SUGGESTION_DEPUTY (SUGGESTION_ID, DEPUTY_ID, POS) VALUES (?,?,0)", id,
                            r.deputyId);
                }
            }
            c.commit();
            return id;
        }
    }

    public long duty(long deputyId, long regionId, String kind, LocalDate date, Long stationId, String status)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            return insert(c, "INSERT INTO LX_DUTY_RECORD (DEPUTY_ID, REGION_ID, REGION_PATH, KIND, DUTY_DATE, STATION_ID,"
                    + " SOURCE, STATUS, CREATED_BY, CREATED_AT, VERSION) VALUES (?,?,?,?,?,?,'MANUAL',?,'test',?,1)",
                    deputyId, regionId, path(regionId), kind, java.sql.Date.valueOf(date), stationId, status,
                    Timestamp.valueOf(date.atStartOfDay()));
        }
    }

    public long group(String name, long regionId) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return insert(c, "INSERT INTO LX_DEPUTY_GROUP (NAME, REGION_ID, REGION_PATH) VALUES (?,?,?)", name, regionId,
                    path(regionId));
        }
    }

    public void joinGroup(long deputyId, long groupId) throws SQLException {
        try (Connection c = ds.getConnection()) {
            exec(c, "UPDATE LX_DEPUTY SET GROUP_ID = ? WHERE ID = ?", groupId, deputyId);
        }
    }

    public void setTerm(long deputyId, String term) throws SQLException {
        try (Connection c = ds.getConnection()) {
            exec(c, "UPDATE LX_DEPUTY SET TERM_NAME = ? WHERE ID = ?", term, deputyId);
        }
    }

    public void variant(long dutyId, String variant) throws SQLException {
        try (Connection c = ds.getConnection()) {
            exec(c, "UPDATE LX_DUTY_RECORD SET VARIANT = ? WHERE ID = ?", variant, dutyId);
        }
    }

    public long heldReport(long deputyId, long regionId, LocalDate on, String form, int yes, int basically, int no)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            return insert(c, "INSERT INTO LX_VOTER_REPORT (DEPUTY_ID, REGION_ID, REGION_PATH, TERM_NAME, FORM, STATUS,"
                    + " SCHEDULED_ON, HELD_ON, VOTERS_PRESENT, SATISFIED, BASICALLY_SATISFIED, UNSATISFIED, CREATED_BY,"
                    + " CREATED_AT, VERSION) VALUES (?,?,?,'2021-2026',?,'HELD',?,?,50,?,?,?,'test',?,1)", deputyId,
                    regionId, path(regionId), form, java.sql.Date.valueOf(on), java.sql.Date.valueOf(on), yes,
                    basically, no, Timestamp.valueOf(on.atStartOfDay()));
        }
    }

    public long opinion(long regionId, Long stationId, LocalDate date) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return insert(c, "INSERT INTO LX_OPINION (RECEIPT_NO, SOURCE, REGION_ID, REGION_PATH, STATION_ID, CONTENT,"
                    + " STATUS, CREATED_AT) VALUES (?,'STATION',?,?,?,'x','RECEIVED',?)",
                    "R-" + UUID.randomUUID().toString().substring(0, 12), regionId, path(regionId), stationId,
                    Timestamp.valueOf(date.atStartOfDay()));
        }
    }

    public static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    public static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        }
    }

    private static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                ps.setNull(i + 1, ps.getParameterMetaData().getParameterType(i + 1));
            } else {
                ps.setObject(i + 1, params[i]);
            }
        }
    }
}
