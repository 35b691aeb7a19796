package org.lianxin.core.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Applies numbered SQL scripts ({@code 001_init.sql}, {@code 002_...}) of one component once each, in order,
 * recording them in {@code LX_SCHEMA_VERSION}. Each script runs in one local transaction that first locks the
 * version table, so two nodes starting together on one database apply it once.
 */
public final class Migrations {
    static final Pattern SCRIPT = Pattern.compile("(\\d{3})_([A-Za-z0-9_]+)\\.sql");
    private static final String TABLE = "LX_SCHEMA_VERSION";

    private final DataSource dataSource;

    public Migrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param component a name of the schema owner, e.g. {@code core} or a practice id
     * @param scripts   script file name → URL, sorted by name
     * @return the versions applied by this call
     */
    public List<Integer> apply(String component, SortedMap<String, URL> scripts) throws SQLException, IOException {
        createVersionTable();
        List<Integer> applied = new ArrayList<>();
        for (var e : scripts.entrySet()) {
            Matcher m = SCRIPT.matcher(e.getKey());
            if (!m.matches()) {
                throw new IllegalArgumentException("migration script name must look like 001_name.sql: " + e.getKey());
            }
            int version = Integer.parseInt(m.group(1));
            if (applyOne(component, version, m.group(2), read(e.getValue()))) {
                applied.add(version);
            }
        }
        return applied;
    }

    private boolean applyOne(String component, int version, String description, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (Statement st = c.createStatement()) {
                    st.execute("LOCK TABLE " + TABLE + " IN EXCLUSIVE MODE");
                }
                if (isApplied(c, component, version)) {
                    c.rollback();
                    return false;
                }
                try (Statement st = c.createStatement()) {
                    for (String statement : statements(sql)) {
                        st.execute(statement);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                        + " (COMPONENT, VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, component);
                    ps.setInt(2, version);
                    ps.setString(3, description);
                    ps.setTimestamp(4, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static boolean isApplied(Connection c, String component, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM " + TABLE + " WHERE COMPONENT = ? AND VERSION = ?")) {
            ps.setString(1, component);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private void createVersionTable() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (tableExists(c)) {
                return;
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE " + TABLE + " (COMPONENT VARCHAR(100) NOT NULL, VERSION INTEGER NOT NULL,"
                        + " DESCRIPTION VARCHAR(200), APPLIED_AT TIMESTAMP NOT NULL, PRIMARY KEY (COMPONENT, VERSION))");
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            } catch (SQLException e) {
                // another node created it in the meantime
                if (!tableExists(c)) {
                    throw e;
                }
            }
        }
    }

    private static boolean tableExists(Connection c) throws SQLException {
        for (String name : new String[] { TABLE, TABLE.toLowerCase() }) {
            try (ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits a script at semicolons ending a line, dropping {@code --} comment lines. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String stmt = current.toString().trim();
                out.add(stmt.substring(0, stmt.length() - 1).trim());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().trim());
        }
        return out;
    }
}
