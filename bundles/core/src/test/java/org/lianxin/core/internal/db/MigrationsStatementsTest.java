package org.lianxin.core.internal.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

/** How a script is split into statements. */
public class MigrationsStatementsTest {

    @Test
    public void splitsAtSemicolonsEndingALineAndDropsCommentLines() {
        String sql = "-- header comment\n"
                + "CREATE TABLE A (\n"
                + "  ID INT,\n"
                + "  -- a comment line inside a statement\n"
                + "  NAME VARCHAR(10)\n"
                + ");\n"
                + "\n"
                + "   -- indented comment; with a semicolon;\n"
                + "CREATE INDEX A_IX ON A (NAME);\r\n"
                + "INSERT INTO A VALUES (1, 'x;y')   ;\n";
        List<String> statements = Migrations.statements(sql);
        assertEquals(List.of("CREATE TABLE A (\n  ID INT,\n  NAME VARCHAR(10)\n)",
                "CREATE INDEX A_IX ON A (NAME)",
                "INSERT INTO A VALUES (1, 'x;y')"), statements);
    }

    @Test
    public void lastStatementMayLackItsSemicolon() {
        assertEquals(List.of("SELECT 1 FROM A", "SELECT 2 FROM A"),
                Migrations.statements("SELECT 1 FROM A;\nSELECT 2 FROM A\n-- trailing comment\n"));
    }

    @Test
    public void onlyCommentsGiveNoStatements() {
        assertEquals(List.of(), Migrations.statements("-- nothing\n\n  -- here;\n"));
        assertEquals(List.of(), Migrations.statements(""));
    }

    @Test
    public void coreScriptsHoldOnlyCreateStatementsWithoutCommentsOrSemicolons() throws Exception {
        assertEquals(14, tables("db/core/001_init.sql"));
        assertEquals(2, tables("db/core/002_duties.sql"));
        assertEquals(0, tables("db/core/004_stats_index.sql"));
    }

    private long tables(String script) throws Exception {
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(script)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = Migrations.statements(sql);
        assertTrue(script, !statements.isEmpty());
        for (String s : statements) {
            assertTrue(s, s.startsWith("CREATE TABLE ") || s.startsWith("CREATE INDEX "));
            assertTrue(s, !s.contains("--") && !s.endsWith(";"));
        }
        return statements.stream().filter(s -> s.startsWith("CREATE TABLE ")).count();
    }
}
