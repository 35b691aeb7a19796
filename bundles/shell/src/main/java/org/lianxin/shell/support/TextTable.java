package org.lianxin.shell.support;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.support.table.Col;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * Collects rows of text and prints them through Karaf's {@link ShellTable}, keeping columns aligned when
 * cells hold Chinese text. ShellTable measures cells in {@code char}s while a terminal shows an ideograph two
 * columns wide; {@link WideCol} pads each cell to its display width instead.
 */
public final class TextTable {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... headers) {
        this.headers = List.of(headers);
        this.rightAligned = new boolean[headers.length];
    }

    /** Right-aligns the given columns (numbers). */
    public TextTable alignRight(int... columns) {
        for (int c : columns) {
            rightAligned[c] = true;
        }
        return this;
    }

    /** Adds a row; null cells print empty, other values through {@code toString()}, all on one line. */
    public TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(headers.size() + " cells expected, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : WideText.oneLine(c.toString())).toList());
        return this;
    }

    public int size() {
        return rows.size();
    }

    public ShellTable toShellTable() {
        ShellTable table = new ShellTable();
        for (int c = 0; c < headers.size(); c++) {
            int extra = WideText.wideCount(headers.get(c));
            for (List<String> row : rows) {
                extra = Math.max(extra, WideText.wideCount(row.get(c)));
            }
            WideCol col = new WideCol(headers.get(c), extra);
            table.column(rightAligned[c] ? col.alignRight() : col);
        }
        for (List<String> row : rows) {
            table.addRow().addContent(new ArrayList<>(row));
        }
        return table;
    }

    public void print(PrintStream out) {
        toShellTable().print(out);
    }

    /**
     * A column as wide as its longest cell in chars plus the most double-width characters any cell holds.
     * ShellTable pads a cell by {@code size - length}; here {@link #cut} (which ShellTable applies to every cell
     * line, first while measuring, then while printing) already pads it to the column's display width, so
     * ShellTable's padding adds nothing, and the header underline ({@link #getSize()}) is as wide as the column.
     * Padding to a display width is idempotent, and cells are cut to length by the caller, not here.
     */
    static final class WideCol extends Col {
        private final int extra;
        private boolean right;

        WideCol(String header, int extra) {
            super(header);
            this.extra = extra;
        }

        @Override
        public Col alignRight() {
            right = true;
            return super.alignRight();
        }

        @Override
        public int getSize() {
            return super.getSize() + extra;
        }

        @Override
        protected String cut(String value, int size) {
            String pad = " ".repeat(Math.max(0, size + extra - WideText.width(value)));
            return right ? pad + value : value + pad;
        }
    }
}
