package org.lianxin.shell.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

public class TextTableTest {

    static List<String> render(TextTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Display columns of the column separators: '|' in rows, '+' on the header underline. */
    static List<Integer> separatorColumns(String line) {
        List<Integer> columns = new java.util.ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' || line.charAt(i) == '+') {
                columns.add(WideText.width(line.substring(0, i)));
            }
        }
        return columns;
    }

    @Test
    public void columnsStayAlignedWithChineseCells() {
        TextTable table = new TextTable("ID", "Title", "Unit", "Due").alignRight(0);
        table.row(1, "修建村道", "县交通局", "2024-03-01");
        table.row(22, "abcdefgh", null, "2024-03-02");
        table.row(333, "（村道）、路灯", "Water Bureau 水务局", "2024-04-01");
        List<String> lines = render(table);
        assertEquals(5, lines.size());
        List<Integer> expected = separatorColumns(lines.get(0));
        assertEquals(3, expected.size());
        for (String line : lines) {
            assertEquals(line, expected, separatorColumns(line));
        }
        assertTrue(lines.get(2), lines.get(2).startsWith("  1 | 修建村道"));
    }

    @Test
    public void cellsAreFlattenedToOneLine() {
        TextTable table = new TextTable("A", "B");
        table.row("第一行\n第二行", "x");
        List<String> lines = render(table);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).startsWith("第一行 第二行 | x"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void rowMustMatchTheHeaders() {
        new TextTable("A", "B").row("only one");
    }
}
