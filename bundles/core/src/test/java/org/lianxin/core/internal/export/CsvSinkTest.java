package org.lianxin.core.internal.export;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.lianxin.api.dto.ExportColumn;
import org.lianxin.api.dto.SuggestionState;

public class CsvSinkTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<ExportColumn> COLUMNS = List.of(new ExportColumn("id", "编号"),
            new ExportColumn("title", "标题"), new ExportColumn("submitted", "提出日期"));

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Test
    public void startsWithTheUtf8ByteOrderMarkAndEndsLinesWithCrLf() throws IOException {
        try (CsvSink csv = new CsvSink(bytes, SHANGHAI)) {
            csv.header(COLUMNS, false);
            csv.row(List.of(1L, "关于加强老旧小区改造的建议", LocalDate.of(2024, 3, 5)));
        }
        byte[] b = bytes.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3));
        assertEquals("编号,标题,提出日期\r\n1,关于加强老旧小区改造的建议,2024-03-05\r\n", body());
    }

    @Test
    public void keysInsteadOfChineseHeaders() throws IOException {
        try (CsvSink csv = new CsvSink(bytes, SHANGHAI)) {
            csv.header(COLUMNS, true);
        }
        assertEquals("id,title,submitted\r\n", body());
    }

    @Test
    public void chineseTextRoundTrips() throws IOException {
        String text = "淮北市相山区人大代表联络站：群众反映“停车难”问题，建议增设停车位（约200个）。";
        try (CsvSink csv = new CsvSink(bytes, SHANGHAI)) {
            csv.row(List.of(text));
        }
        assertEquals(text + "\r\n", body());
    }

    @Test
    public void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertEquals("plain", CsvSink.escape("plain"));
        assertEquals("\"a,b\"", CsvSink.escape("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvSink.escape("say \"hi\""));
        assertEquals("\"line1\nline2\"", CsvSink.escape("line1\nline2"));
        assertEquals("\"a\r\nb\"", CsvSink.escape("a\r\nb"));
        assertEquals("全角，逗号", CsvSink.escape("全角，逗号"));
        assertEquals("", CsvSink.escape(""));
    }

    @Test
    public void textThatLooksLikeAFormulaIsDefused() {
        assertEquals("'=1+1", CsvSink.escape("=1+1"));
        assertEquals("'+8613800000000", CsvSink.escape("+8613800000000"));
        assertEquals("'-x", CsvSink.escape("-x"));
        assertEquals("'@SUM(A1)", CsvSink.escape("@SUM(A1)"));
        assertEquals("'\tcmd", CsvSink.escape("\tcmd"));
        assertEquals("\"'\rcmd\"", CsvSink.escape("\rcmd"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvSink.escape("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("a=b", CsvSink.escape("a=b"));
    }

    @Test
    public void numbersAreNotDefused() throws IOException {
        try (CsvSink csv = new CsvSink(bytes, SHANGHAI)) {
            csv.row(List.of(-5, -12L, new BigDecimal("-1.50"), -0.25d, "-5"));
        }
        assertEquals("-5,-12,-1.50,-0.25,'-5\r\n", body());
    }

    @Test
    public void nullsAreEmptyFields() throws IOException {
        try (CsvSink csv = new CsvSink(bytes, SHANGHAI)) {
            csv.header(COLUMNS, false);
            csv.row(Arrays.asList(null, "x", null));
            csv.row(Arrays.asList((Object) null));
            csv.row(List.of());
        }
        assertEquals("编号,标题,提出日期\r\n,x,\r\n\r\n\r\n", body());
    }

    @Test
    public void datesNumbersBooleansAndEnums() throws IOException {
        Instant at = Instant.parse("2024-03-05T16:30:59Z"); // 00:30 the next day in Shanghai
        try (CsvSink csv = new CsvSink(bytes, SHANGHAI)) {
            csv.row(List.of(LocalDate.of(2024, 3, 5), at, LocalDateTime.of(2024, 3, 5, 8, 7, 6),
                    OffsetDateTime.of(2024, 3, 5, 8, 0, 0, 0, ZoneOffset.UTC)));
            csv.row(List.of(3.0d, 0.1d, 1e20d, 0.1f, new BigDecimal("1E+3"), Integer.MAX_VALUE, Long.MIN_VALUE));
            csv.row(List.of(true, false, SuggestionState.values()[0], 'c'));
        }
        assertEquals("2024-03-05,2024-03-06 00:30,2024-03-05 08:07,2024-03-05 16:00\r\n"
                + "3,0.1,100000000000000000000,0.1,1000,2147483647,-9223372036854775808\r\n"
                + "true,false," + SuggestionState.values()[0].name() + ",c\r\n", body());
    }

    @Test
    public void theZoneDecidesTheLocalTime() throws IOException {
        try (CsvSink csv = new CsvSink(bytes, ZoneOffset.UTC)) {
            csv.row(List.of(Instant.parse("2024-03-05T16:30:59Z")));
        }
        assertEquals("2024-03-05 16:30\r\n", body());
    }

    @Test
    public void headerOnlyFirstAndRowsNoWiderThanIt() throws IOException {
        try (CsvSink csv = new CsvSink(bytes, SHANGHAI)) {
            csv.header(COLUMNS, false);
            try {
                csv.row(List.of(1, 2, 3, 4));
                fail();
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("4 values for 3 columns"));
            }
            csv.row(List.of(1));
            try {
                csv.header(COLUMNS, false);
                fail();
            } catch (IllegalStateException expected) {
            }
        }
    }

    @Test
    public void closeFlushesButLeavesTheStreamOpen() throws IOException {
        ClosingCounter out = new ClosingCounter();
        CsvSink csv = new CsvSink(out, SHANGHAI);
        csv.row(List.of("a"));
        assertEquals("buffered until closed", 0, out.size());
        csv.close();
        csv.close();
        assertEquals(3 + 3, out.size());
        assertEquals(0, out.closed);
        try {
            csv.row(List.of("b"));
            fail();
        } catch (IllegalStateException expected) {
        }
    }

    @Test
    public void anEmptyExportIsJustTheByteOrderMark() throws IOException {
        new CsvSink(bytes, SHANGHAI).close();
        assertEquals(3, bytes.size());
    }

    @Test
    public void flushesAsItGoes() throws IOException {
        CsvSink csv = new CsvSink(bytes, SHANGHAI);
        for (int i = 0; i < CsvSink.FLUSH_EVERY; i++) {
            csv.row(List.of(i));
        }
        assertTrue("rows reach the stream before close", bytes.size() > 3);
        int before = bytes.size();
        csv.row(List.of("pending"));
        csv.abort();
        csv.close();
        assertEquals("abort drops what is buffered", before, bytes.size());
    }

    private String body() {
        byte[] b = bytes.toByteArray();
        assertTrue("BOM", b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF);
        return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }

    private static final class ClosingCounter extends ByteArrayOutputStream {
        int closed;

        @Override
        public void close() throws IOException {
            closed++;
            super.close();
        }
    }
}
