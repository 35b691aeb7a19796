package org.lianxin.core.internal.export;

import java.io.IOException;
import java.util.List;

import org.lianxin.api.dto.ExportColumn;

/**
 * A streaming table writer: at most one header, then any number of rows, then {@link #close()}.
 * <p>
 * Cell values may be {@code String} (any {@code CharSequence}), {@code Number}, {@code Boolean},
 * {@code LocalDate}, {@code LocalDateTime}, {@code Instant} / {@code ZonedDateTime} / {@code OffsetDateTime}
 * (shown as local date-time in the sink's zone), an enum (written by {@code name()}) or {@code null}
 * (empty cell); anything else is written as text via {@code String.valueOf}. Pass numbers as numbers:
 * only text is guarded against formula injection, so "-5" as a String is written as text.
 * <p>
 * Neither {@link #close()} nor {@link #abort()} closes the output stream: whoever opened it closes it
 * (the JAX-RS container closes the response stream after a {@code StreamingOutput} returns). If producing
 * the rows fails, call {@link #abort()} rather than {@link #close()} (try-with-resources would close first):
 * <pre>
 * TableSink sink = new XlsxSink(out, zone, "建议台账");
 * try {
 *     sink.header(columns, false);
 *     for (...) sink.row(values);
 *     sink.close();
 * } catch (IOException | RuntimeException e) {
 *     sink.abort();
 *     throw e;
 * }
 * </pre>
 * Not thread-safe.
 */
public interface TableSink extends AutoCloseable {

    /**
     * Writes the header row, before any {@link #row}: the Chinese headers ({@code keys == false}) or the
     * stable column keys ({@code keys == true}). Rows may then hold at most {@code columns.size()} values.
     */
    void header(List<ExportColumn> columns, boolean keys) throws IOException;

    /** Writes one row; shorter rows leave the remaining cells empty. */
    void row(List<?> values) throws IOException;

    /** Completes the file (e.g. the xlsx trailer) and flushes it to the stream; later calls do nothing. */
    @Override
    void close() throws IOException;

    /**
     * Stops without completing the file and without flushing what is still buffered, for when producing the
     * rows failed: an incomplete export must not look complete. A later {@link #close()} does nothing.
     */
    void abort();
}
