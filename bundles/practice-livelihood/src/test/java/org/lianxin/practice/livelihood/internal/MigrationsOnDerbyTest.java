package org.lianxin.practice.livelihood.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/**
 * The livelihood scripts on an in-memory Derby, split as core's migration runner splits them (at a semicolon ending a
 * line, {@code --} lines dropped): a round stored before 002 reads as a DEPUTIES round without a council.
 */
public class MigrationsOnDerbyTest {

    @Test
    public void theElectorateBodyDefaultsToDeputiesForRoundsAlreadyThere() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:livelihood-migrations;create=true");
                Statement st = c.createStatement()) {
            run(st, "001_livelihood.sql");
            st.execute("INSERT INTO LX_LIVELIHOOD_ROUND (VERSION, REGION_ID, REGION_PATH, VOTE_YEAR, TITLE, PLACES,"
                    + " STATUS, CREATED_BY, CREATED_AT) VALUES (0, 5, '/1/5/', 2025, 't', 3, 'COLLECTING', 'x',"
                    + " CURRENT_TIMESTAMP)");
            run(st, "002_electorate_body.sql");
            try (ResultSet rs = st.executeQuery("SELECT ELECTORATE_BODY, COUNCIL_ID FROM LX_LIVELIHOOD_ROUND")) {
                rs.next();
                assertEquals("DEPUTIES", rs.getString(1));
                assertNull(rs.getObject(2));
            }
            st.execute("INSERT INTO LX_LIVELIHOOD_ROUND (VERSION, REGION_ID, REGION_PATH, VOTE_YEAR, TITLE, PLACES,"
                    + " STATUS, ELECTORATE_BODY, COUNCIL_ID, CREATED_BY, CREATED_AT) VALUES (0, 6, '/1/6/', 2025, 't',"
                    + " 3, 'COLLECTING', 'COUNCIL', 2, 'x', CURRENT_TIMESTAMP)");
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM LX_LIVELIHOOD_ROUND WHERE COUNCIL_ID = 2"
                    + " AND ELECTORATE_BODY = 'COUNCIL'")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:memory:livelihood-migrations;drop=true").close();
            } catch (SQLException dropped) {
                // Derby answers a dropped in-memory database with an exception
            }
        }
    }

    private static void run(Statement st, String script) throws IOException, SQLException {
        for (String sql : statements(read("/db/livelihood/" + script))) {
            st.execute(sql);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = MigrationsOnDerbyTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String s = current.toString().trim();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        return out;
    }
}
