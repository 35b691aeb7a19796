package org.lianxin.core.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.lianxin.api.dto.ExportColumn;

/**
 * Streaming xlsx through fastexcel: numbers as numeric cells, dates and date-times as date cells
 * ({@code yyyy-mm-dd}, {@code yyyy-mm-dd hh:mm} in the zone), booleans as boolean cells, text as inline
 * strings (enum names as shared strings); a bold, frozen header row. Rows go to the stream every
 * {@value #FLUSH_EVERY} rows, so memory stays flat however many rows are written. Text needs no formula
 * guard here: a string cell is never evaluated.
 * <p>
 * A sheet holds at most Excel's 1,048,576 rows including its header; further rows continue on
 * "&lt;name&gt; 2", "&lt;name&gt; 3", ..., each starting with the header again. Column widths are
 * estimated from the header and the rows before the first flush. {@link #close()} writes the rest of the
 * workbook but does not close the stream (see {@link TableSink}).
 */
public final class XlsxSink implements TableSink {
    static final int EXCEL_MAX_ROWS = Worksheet.MAX_ROWS;
    static final int FLUSH_EVERY = 1000;
    /** Excel refuses longer cell text. */
    static final int MAX_TEXT = 32_767;
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    private static final int SHEET_NAME_MAX = 31;
    private static final double MIN_WIDTH = 6;
    private static final double MAX_WIDTH = 60;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Workbook workbook;
    private final ZoneId zone;
    private final String sheetName;
    private final int maxRows;
    private final int flushEvery;

    private Worksheet sheet;
    private int sheets = 1;
    private int next;          // next row index in the current sheet
    private int unflushed;
    private String[] header;   // null without a header
    private int[] widest = new int[8];  // widest text per column (in half-width characters) before the first flush
    private double[] widths;   // fixed at the first flush
    private boolean sheetHasWidths;
    private long rows;
    private boolean closed;

    public XlsxSink(OutputStream out, ZoneId zone, String sheetName) {
        this(out, zone, sheetName, EXCEL_MAX_ROWS, FLUSH_EVERY);
    }

    /** With a smaller sheet size for tests of the rollover. */
    XlsxSink(OutputStream out, ZoneId zone, String sheetName, int maxRows, int flushEvery) {
        if (maxRows < 2 || maxRows > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("maxRows must be 2.." + EXCEL_MAX_ROWS + ", was " + maxRows);
        }
        if (flushEvery < 1) {
            throw new IllegalArgumentException("flushEvery must be >= 1, was " + flushEvery);
        }
        this.workbook = new Workbook(Objects.requireNonNull(out, "out"), "Lianxin", null);
        this.zone = Objects.requireNonNull(zone, "zone");
        this.sheetName = baseName(sheetName);
        this.maxRows = maxRows;
        this.flushEvery = flushEvery;
        this.sheet = workbook.newWorksheet(this.sheetName);
    }

    @Override
    public void header(List<ExportColumn> columns, boolean keys) {
        open();
        if (header != null || rows > 0) {
            throw new IllegalStateException("the header must come first, and only once");
        }
        Values.checkHeader(columns);
        header = new String[columns.size()];
        for (int c = 0; c < header.length; c++) {
            header[c] = Values.headerText(columns.get(c), keys);
            measure(c, displayWidth(header[c]) + 2); // bold
        }
        writeHeader();
    }

    @Override
    public void row(List<?> values) throws IOException {
        open();
        Values.checkRow(values, header == null ? -1 : header.length);
        if (next == maxRows) {
            nextSheet();
        }
        int r = next++;
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v != null) {
                cell(r, c, v);
            }
        }
        rows++;
        if (++unflushed >= flushEvery) {
            flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        fixWidths();
        workbook.finish();
    }

    @Override
    public void abort() {
        closed = true;
    }

    /** Data rows written, over all sheets. */
    long rows() {
        return rows;
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("sink already closed");
        }
    }

    private void cell(int r, int c, Object v) {
        if (v instanceof CharSequence || v instanceof Character) {
            text(r, c, v.toString());
        } else if (v instanceof Number n) {
            number(r, c, n);
        } else if (v instanceof Boolean b) {
            sheet.value(r, c, b);
            measure(c, 5);
        } else if (v instanceof Enum<?> e) {
            sheet.value(r, c, e.name()); // few distinct values: shared strings
            measure(c, e.name().length());
        } else if (v instanceof LocalDate d) {
            if (excelYear(d.getYear())) {
                sheet.value(r, c, d);
                sheet.style(r, c).format(DATE_FORMAT).set();
                measure(c, 10);
            } else {
                text(r, c, d.toString());
            }
        } else if (Values.isDateTime(v)) {
            LocalDateTime t = Values.localDateTime(v, zone);
            if (excelYear(t.getYear())) {
                sheet.value(r, c, t);
                sheet.style(r, c).format(DATE_TIME_FORMAT).set();
                measure(c, 16);
            } else {
                text(r, c, MINUTES.format(t));
            }
        } else {
            text(r, c, String.valueOf(v));
        }
    }

    private void text(int r, int c, String s) {
        if (s.length() > MAX_TEXT) {
            int end = Character.isHighSurrogate(s.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
            s = s.substring(0, end);
        }
        // inline: shared strings would keep every distinct text in memory until the end
        sheet.inlineString(r, c, s);
        if (widths == null) {
            measure(c, displayWidth(s));
        }
    }

    private void number(int r, int c, Number n) {
        if (n instanceof Double || n instanceof Float) {
            if (!Double.isFinite(n.doubleValue())) {
                text(r, c, n.toString()); // NaN would make the file unreadable
                return;
            }
        } else if (n instanceof BigDecimal d && d.scale() < 0) {
            n = d.setScale(0); // "1E+3" -> "1000"
        }
        sheet.value(r, c, n);
        if (widths == null) {
            measure(c, Values.number(n).length());
        }
    }

    /** Excel's dates start in 1900 and end in 9999; others are written as text. */
    private static boolean excelYear(int year) {
        return year >= 1900 && year <= 9999;
    }

    private void writeHeader() {
        if (header == null) {
            return;
        }
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        sheet.range(0, 0, 0, header.length - 1).style().bold().set();
        sheet.freezePane(0, 1);
        next = 1;
    }

    private void nextSheet() throws IOException {
        fixWidths();
        sheet.finish();
        sheets++;
        sheet = workbook.newWorksheet(sheetName(sheetName, sheets));
        sheetHasWidths = false;
        fixWidths();
        next = 0;
        unflushed = 0;
        writeHeader();
    }

    private void flush() throws IOException {
        fixWidths(); // fastexcel writes the column widths with the first rows of a sheet
        sheet.flush();
        unflushed = 0;
    }

    private void fixWidths() {
        if (widths == null) {
            widths = new double[widest.length];
            for (int c = 0; c < widest.length; c++) {
                widths[c] = widest[c] == 0 ? 0 : Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest[c] + 2));
            }
            widest = null;
        }
        if (!sheetHasWidths) {
            sheetHasWidths = true;
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] > 0) {
                    sheet.width(c, widths[c]);
                }
            }
        }
    }

    private void measure(int c, int width) {
        if (widest == null) {
            return;
        }
        if (c >= widest.length) {
            widest = Arrays.copyOf(widest, Math.max(c + 1, widest.length * 2));
        }
        widest[c] = Math.max(widest[c], width);
    }

    /** Approximate width in half-width characters: CJK and full-width characters count two. */
    static int displayWidth(String s) {
        int w = 0;
        int n = Math.min(s.length(), 200);
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == '\n') {
                break; // first line only
            }
            if (!Character.isLowSurrogate(ch)) {
                w += ch >= 0x1100 ? 2 : 1;
            }
        }
        return w;
    }

    /** The first sheet's name: Excel forbids []:*?/\ , allows 31 characters and no leading or trailing quote. */
    static String baseName(String name) {
        String s = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isBlank()) {
            s = "Sheet1";
        }
        return cut(s, SHEET_NAME_MAX);
    }

    /** "name" for the first sheet, then "name 2", "name 3"...; the number is kept if the name is long. */
    static String sheetName(String base, int number) {
        if (number == 1) {
            return base;
        }
        String suffix = " " + number;
        return cut(base, SHEET_NAME_MAX - suffix.length()).stripTrailing() + suffix;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
