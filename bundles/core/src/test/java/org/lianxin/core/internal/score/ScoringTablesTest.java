package org.lianxin.core.internal.score;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.lianxin.api.ConflictException;
import org.lianxin.api.dto.ScoringCategory;
import org.lianxin.api.dto.ScoringItem;
import org.lianxin.api.dto.ScoringTable;

/** The shipped default table and the rules every table must follow. */
public class ScoringTablesTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void defaultTableHasFiveCategoriesAndTwentyOneItemsOfTwoToTenPoints() {
        ScoringTable t = new ScoringTables(null).forRegions(List.of());
        assertEquals(5, t.categories().size());
        int items = 0;
        int[] caps = new int[5];
        for (int i = 0; i < 5; i++) {
            for (ScoringItem item : t.categories().get(i).items()) {
                assertTrue(item.key(), item.cap() >= 2 && item.cap() <= 10);
                caps[i] += item.cap();
                items++;
            }
        }
        assertEquals(21, items);
        // full attendance (categories 1-3) reaches 60, suggestions and research 75, results 100
        assertEquals(60, caps[0] + caps[1] + caps[2]);
        assertEquals(75, caps[0] + caps[1] + caps[2] + caps[3]);
        assertEquals(100, caps[0] + caps[1] + caps[2] + caps[3] + caps[4]);
        assertEquals("built-in", t.source());
    }

    @Test
    public void nearestRegionFileWinsThenDefaultFileThenBuiltIn() throws Exception {
        Path dir = folder.getRoot().toPath();
        ScoringTables tables = new ScoringTables(dir);
        assertEquals("built-in", tables.forRegions(List.of("GT", "DJ", "HB")).source());
        Files.writeString(dir.resolve("default.json"), table("县默认", 5));
        Files.writeString(dir.resolve("DJ.json"), table("杜集区", 6));
        assertEquals("DJ.json", tables.forRegions(List.of("GT", "DJ", "HB")).source());
        assertEquals("default.json", tables.forRegions(List.of("LS", "HB")).source());
    }

    @Test
    public void anEditedFileIsReadAgain() throws Exception {
        Path file = folder.getRoot().toPath().resolve("DJ.json");
        Files.writeString(file, table("v1", 5));
        ScoringTables tables = new ScoringTables(folder.getRoot().toPath());
        assertEquals("v1", tables.forRegions(List.of("DJ")).name());
        Files.writeString(file, table("v2", 5));
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals("v2", tables.forRegions(List.of("DJ")).name());
    }

    @Test
    public void brokenTablesAreRefusedWithTheReason() {
        refused("{", "not valid JSON");
        refused("{\"categories\": []}", "categories are required");
        refused(table("t", 11), "cap must be 2 to 10");
        refused(table("t", 1), "cap must be 2 to 10");
        refused(table("t", 5).replace("\"RECORDS\"", "\"GUESS\""), "basis must be one of");
        refused(table("t", 5).replace("\"VISIT\"", "\"DANCING\""), "unknown duty kind DANCING");
        refused(table("t", 5).replace("\"points\": 1", "\"points\": 0"), "points per unit");
        refused(table("t", 5).replace("\"kinds\": [\"VISIT\"]", "\"kinds\": []"), "kinds are required");
        refused(table("t", 5).replace("\"reminderShare\": 0.05", "\"reminderShare\": 0.9"), "reminderShare");
        String twice = table("t", 5).replace("]}]}", "]}, {\"key\": \"b\", \"zh\": \"乙\", \"items\": ["
                + "{\"key\": \"visit\", \"zh\": \"走访\", \"basis\": \"PRESENCE\", \"kinds\": [\"VISIT\"], \"cap\": 2}]}]}");
        refused(twice, "item visit appears twice");
    }

    private static void refused(String json, String reason) {
        try {
            ScoringTables.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json");
            fail("accepted: " + json);
        } catch (ConflictException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(reason) && e.getMessage().contains("x.json"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static String table(String name, int cap) {
        return "{\"name\": \"" + name + "\", \"reminderShare\": 0.05, \"categories\": [{\"key\": \"a\", \"zh\": \"甲\","
                + " \"items\": [{\"key\": \"visit\", \"zh\": \"走访\", \"basis\": \"RECORDS\", \"kinds\": [\"VISIT\"],"
                + " \"points\": 1, \"cap\": " + cap + "}]}]}";
    }

    static ScoringCategory only(ScoringTable t) {
        return t.categories().get(0);
    }
}
