package org.lianxin.core.internal.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.lianxin.api.dto.ExportColumn;

/**
 * CSV for Excel and scripts: UTF-8 with a byte order mark (so Excel shows Chinese text), CRLF line ends,
 * RFC 4180 quoting. Text starting with {@code = + - @}, tab or CR gets a leading {@code '} so spreadsheet
 * programs do not run it as a formula (numbers are left alone). Dates as {@code yyyy-MM-dd}, date-times as
 * {@code yyyy-MM-dd HH:mm} in the zone, booleans as {@code true}/{@code false}.
 * <p>
 * Output is buffered and handed to the stream every {@value #FLUSH_EVERY} rows and whenever the buffer
 * fills; {@link #close()} flushes but does not close the stream (see {@link TableSink}).
 */
public final class CsvSink implements TableSink {
    static final int FLUSH_EVERY = 1000;
    private static final int BUFFER = 1 << 16;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Writer out;
    private final ZoneId zone;
    private int columns = -1;
    private long rows;
    private boolean started;
    private boolean closed;

    public CsvSink(OutputStream out, ZoneId zone) {
        this.out = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8), BUFFER);
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void header(List<ExportColumn> columns, boolean keys) throws IOException {
        open();
        if (this.columns >= 0 || rows > 0) {
            throw new IllegalStateException("the header must come first, and only once");
        }
        Values.checkHeader(columns);
        this.columns = columns.size();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            text(Values.headerText(columns.get(i), keys));
        }
        out.write("\r\n");
    }

    @Override
    public void row(List<?> values) throws IOException {
        open();
        Values.checkRow(values, columns);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            field(values.get(i));
        }
        out.write("\r\n");
        if (++rows % FLUSH_EVERY == 0) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            open();
            closed = true;
            out.flush();
        }
    }

    @Override
    public void abort() {
        closed = true;
    }

    private void open() throws IOException {
        if (closed) {
            throw new IllegalStateException("sink already closed");
        }
        if (!started) {
            started = true;
            out.write('\uFEFF'); // EF BB BF in UTF-8
        }
    }

    private void field(Object v) throws IOException {
        if (v == null) {
            return;
        }
        if (v instanceof CharSequence || v instanceof Character) {
            text(v.toString());
        } else if (v instanceof Number n) {
            out.write(Values.number(n));
        } else if (v instanceof Boolean b) {
            out.write(b ? "true" : "false");
        } else if (v instanceof Enum<?> e) {
            text(e.name());
        } else if (v instanceof LocalDate d) {
            out.write(d.toString());
        } else if (Values.isDateTime(v)) {
            LocalDateTime t = Values.localDateTime(v, zone);
            out.write(MINUTES.format(t));
        } else {
            text(String.valueOf(v));
        }
    }

    private void text(String s) throws IOException {
        out.write(escape(s));
    }

    /** The field as written: injection guard first, then RFC 4180 quoting. */
    static String escape(String s) {
        if (s.isEmpty()) {
            return s;
        }
        boolean guard = switch (s.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
        boolean quote = false;
        boolean quotes = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quote = quotes = true;
            } else if (c == ',' || c == '\r' || c == '\n') {
                quote = true;
            }
        }
        if (!guard && !quote) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 4);
        if (quote) {
            b.append('"');
        }
        if (guard) {
            b.append('\'');
        }
        b.append(quotes ? s.replace("\"", "\"\"") : s);
        if (quote) {
            b.append('"');
        }
        return b.toString();
    }
}
