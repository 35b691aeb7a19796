package org.lianxin.core.internal.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The migration runner against an embedded in-memory Derby 10.14, with core's real 001_init.sql. */
public class MigrationsTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private String name;

    @BeforeClass
    public static void derbyLogInTarget() {
        if (System.getProperty("derby.stream.error.file") == null) {
            new File("target").mkdirs();
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
    }
    private EmbeddedDataSource ds;
    private Migrations migrations;

    @Before
    public void setUp() {
        name = "memory:migrations-" + UUID.randomUUID();
        ds = new EmbeddedDataSource();
        ds.setDatabaseName(name);
        ds.setCreateDatabase("create");
        migrations = new Migrations(ds);
    }

    @After
    public void dropDatabase() {
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(name);
        drop.setConnectionAttributes("drop=true");
        try (Connection c = drop.getConnection()) {
            fail("dropping the database should end with SQLState 08006");
        } catch (SQLException e) {
            assertEquals("08006", e.getSQLState());
        }
    }

    private static URL coreScript() {
        URL url = MigrationsTest.class.getClassLoader().getResource("db/core/001_init.sql");
        assertTrue("core's 001_init.sql is on the class path", url != null);
        return url;
    }

    private static SortedMap<String, URL> coreScripts() {
        SortedMap<String, URL> scripts = new TreeMap<>();
        scripts.put("001_init.sql", coreScript());
        return scripts;
    }

    private URL script(String fileName, String sql) throws IOException {
        Path dir = folder.newFolder().toPath();
        Path file = dir.resolve(fileName);
        Files.writeString(file, sql, StandardCharsets.UTF_8);
        return file.toUri().toURL();
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    private List<String> columns(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                out.add(rs.getString("COLUMN_NAME"));
            }
        }
        return out;
    }

    private List<String> recorded(String component) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT VERSION, DESCRIPTION FROM LX_SCHEMA_VERSION WHERE COMPONENT = ? ORDER BY VERSION")) {
            ps.setString(1, component);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1) + " " + rs.getString(2));
                }
            }
        }
        return out;
    }

    @Test
    public void coreScriptCreatesTheSchema() throws Exception {
        assertEquals(List.of(1), migrations.apply("core", coreScripts()));
        for (String table : new String[] { "LX_REGION", "LX_DEPUTY", "LX_DEPUTY_GROUP", "LX_STATION", "LX_UNIT",
                "LX_OPINION", "LX_LEDGER_COUNTER", "LX_SUGGESTION", "LX_SUGGESTION_EVENT", "LX_CONTACT",
                "LX_SCHEMA_VERSION" }) {
            assertTrue(table, tableExists(table));
        }
        List<String> suggestion = columns("LX_SUGGESTION");
        for (String col : new String[] { "LEDGER_NO", "STATE", "DEADLINE", "REMINDED_FOR", "OVERDUE_ESCALATED",
                "SUPERVISED", "RESULT_CLASS", "RATING", "SOLVED" }) {
            assertTrue(col, suggestion.contains(col));
        }
        assertEquals(List.of("1 init"), recorded("core"));
        // the schema is usable: a region row with an identity id
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO LX_REGION (CODE, NAME, REGION_LEVEL, PATH) VALUES ('DJ', '杜集区', 'COUNTY', '/DJ/')");
            try (ResultSet rs = st.executeQuery("SELECT ID, NAME FROM LX_REGION WHERE CODE = 'DJ'")) {
                assertTrue(rs.next());
                assertEquals("杜集区", rs.getString(2));
            }
        }
    }

    @Test
    public void secondApplyAppliesNothing() throws Exception {
        assertEquals(List.of(1), migrations.apply("core", coreScripts()));
        assertEquals(List.of(), migrations.apply("core", coreScripts()));
        assertEquals(List.of(), new Migrations(ds).apply("core", coreScripts()));
        assertEquals(List.of("1 init"), recorded("core"));
    }

    @Test
    public void aScriptAddedLaterIsAppliedOnce() throws Exception {
        migrations.apply("core", coreScripts());
        SortedMap<String, URL> scripts = coreScripts();
        scripts.put("002_region_note.sql", script("002_region_note.sql",
                "-- version 2: a note per region\nALTER TABLE LX_REGION ADD COLUMN NOTE VARCHAR(200);\n"
                        + "CREATE INDEX LX_REGION_NOTE_IX ON LX_REGION (NOTE);\n"));
        assertEquals(List.of(2), migrations.apply("core", scripts));
        assertTrue(columns("LX_REGION").contains("NOTE"));
        assertEquals(List.of(), migrations.apply("core", scripts));
        assertEquals(List.of("1 init", "2 region_note"), recorded("core"));
    }

    @Test
    public void scriptsRunInOrderOnAFreshDatabase() throws Exception {
        SortedMap<String, URL> scripts = coreScripts();
        scripts.put("002_region_note.sql", script("002_region_note.sql",
                "ALTER TABLE LX_REGION ADD COLUMN NOTE VARCHAR(200);"));
        assertEquals(List.of(1, 2), migrations.apply("core", scripts));
    }

    @Test
    public void componentsAreVersionedSeparately() throws Exception {
        migrations.apply("core", coreScripts());
        SortedMap<String, URL> practice = new TreeMap<>();
        practice.put("001_init.sql", script("001_init.sql", "CREATE TABLE PX_STUDIO (ID BIGINT NOT NULL PRIMARY KEY);"));
        assertEquals(List.of(1), migrations.apply("studio", practice));
        assertTrue(tableExists("PX_STUDIO"));
        assertEquals(List.of(), migrations.apply("studio", practice));
        assertEquals(List.of("1 init"), recorded("studio"));
        assertEquals(List.of("1 init"), recorded("core"));
    }

    @Test
    public void aFailingScriptRollsBackAndIsNotRecorded() throws Exception {
        migrations.apply("core", coreScripts());
        SortedMap<String, URL> broken = coreScripts();
        broken.put("002_audit.sql", script("002_audit.sql",
                "CREATE TABLE LX_AUDIT_NOTE (ID BIGINT NOT NULL PRIMARY KEY);\n"
                        + "ALTER TABLE LX_REGION ADD COLUMN NOTE VARCHAR(200);\n"
                        + "CREATE TABLE LX_AUDIT_NOTE (ID BIGINT NOT NULL PRIMARY KEY);\n"));
        try {
            migrations.apply("core", broken);
            fail("a script creating a table twice must fail");
        } catch (SQLException expected) {
            // Derby: table already exists
        }
        assertFalse("the first statement was rolled back", tableExists("LX_AUDIT_NOTE"));
        assertFalse("the second statement was rolled back", columns("LX_REGION").contains("NOTE"));
        assertEquals(List.of("1 init"), recorded("core"));

        SortedMap<String, URL> fixed = coreScripts();
        fixed.put("002_audit.sql", script("002_audit.sql",
                "CREATE TABLE LX_AUDIT_NOTE (ID BIGINT NOT NULL PRIMARY KEY);\n"
                        + "ALTER TABLE LX_REGION ADD COLUMN NOTE VARCHAR(200);\n"));
        assertEquals(List.of(2), migrations.apply("core", fixed));
        assertTrue(tableExists("LX_AUDIT_NOTE"));
        assertTrue(columns("LX_REGION").contains("NOTE"));
        assertEquals(List.of("1 init", "2 audit"), recorded("core"));
    }

    @Test
    public void aFailureStopsLaterScripts() throws Exception {
        SortedMap<String, URL> scripts = coreScripts();
        scripts.put("002_bad.sql", script("002_bad.sql", "CREATE TABLE LX_REGION (ID INT);"));
        scripts.put("003_later.sql", script("003_later.sql", "CREATE TABLE LX_LATER (ID INT);"));
        try {
            migrations.apply("core", scripts);
            fail("002 must fail");
        } catch (SQLException expected) {
            // table exists
        }
        assertTrue("001 stays applied", tableExists("LX_SUGGESTION"));
        assertFalse(tableExists("LX_LATER"));
        assertEquals(List.of("1 init"), recorded("core"));
    }

    @Test
    public void badScriptNamesAreRefused() throws Exception {
        for (String bad : new String[] { "1_init.sql", "001-init.sql", "001_init.txt", "init.sql", "001_.sql" }) {
            SortedMap<String, URL> scripts = new TreeMap<>();
            scripts.put(bad, coreScript());
            try {
                migrations.apply("core", scripts);
                fail("accepted " + bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains(bad));
            }
        }
        assertFalse(tableExists("LX_REGION"));
    }
}
