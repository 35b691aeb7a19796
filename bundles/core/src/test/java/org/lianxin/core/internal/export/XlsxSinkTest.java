package org.lianxin.core.internal.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.lianxin.api.dto.ExportColumn;
import org.lianxin.api.dto.SuggestionState;

public class XlsxSinkTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<ExportColumn> COLUMNS = List.of(new ExportColumn("id", "编号"),
            new ExportColumn("title", "标题"), new ExportColumn("submitted", "提出日期"),
            new ExportColumn("acceptedAt", "受理时间"), new ExportColumn("score", "得分"),
            new ExportColumn("state", "状态"), new ExportColumn("public", "是否公开"));

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Test
    public void cellsKeepTheirTypes() throws Exception {
        try (XlsxSink xlsx = new XlsxSink(bytes, SHANGHAI, "建议台账")) {
            xlsx.header(COLUMNS, false);
            xlsx.row(List.of(1L, "关于加强<老旧小区>改造的建议 & 停车难", LocalDate.of(2024, 3, 5),
                    Instant.parse("2024-03-05T16:30:00Z"), new BigDecimal("92.50"), SuggestionState.PRE_CHECKED, true));
            xlsx.row(Arrays.asList(2, null, null, LocalDateTime.of(2024, 3, 6, 9, 15), 87.25d, null, false));
            xlsx.row(List.of(3));
        }
        XlsxCells book = XlsxCells.read(bytes.toByteArray());
        assertEquals(List.of("建议台账"), book.sheetNames());
        List<List<String>> rows = book.rows("建议台账");
        assertEquals(4, rows.size());
        assertEquals(List.of("编号", "标题", "提出日期", "受理时间", "得分", "状态", "是否公开"), rows.get(0));
        // 2024-03-05 is Excel day 45356; 16:30 UTC is 00:30 on the 6th in Shanghai
        assertEquals(List.of("1", "关于加强<老旧小区>改造的建议 & 停车难", "45356.0", "45357.020833333336", "92.50",
                "PRE_CHECKED", "1"), rows.get(1));
        assertEquals(List.of("2", "", "", "45357.385416666664", "87.25", "", "0"), rows.get(2));
        assertEquals(List.of("3"), rows.get(3));

        assertEquals("yyyy-mm-dd", book.format("建议台账", 1, 2));
        assertEquals("yyyy-mm-dd hh:mm", book.format("建议台账", 1, 3));
        assertEquals("yyyy-mm-dd hh:mm", book.format("建议台账", 2, 3));
        assertNull(book.format("建议台账", 1, 0));
        assertNull(book.format("建议台账", 1, 4));
        for (int c = 0; c < COLUMNS.size(); c++) {
            assertTrue(book.bold("建议台账", 0, c));
        }
        assertFalse(book.bold("建议台账", 1, 1));

        assertEquals(1, book.frozenRows("建议台账"));
        assertEquals("inlineStr", book.type("建议台账", 1, 1));
        assertEquals("s", book.type("建议台账", 1, 5));
        assertEquals("n", book.type("建议台账", 1, 0));
        assertEquals("n", book.type("建议台账", 1, 4));
        assertEquals("b", book.type("建议台账", 1, 6));
        List<Double> widths = book.widths("建议台账");
        assertEquals(COLUMNS.size(), widths.size());
        assertTrue("the long title gets a wide column: " + widths, widths.get(1) > 30 && widths.get(1) > widths.get(0));
        assertEquals(12.0, widths.get(2), 0.0);
        assertEquals(18.0, widths.get(3), 0.0);
    }

    @Test
    public void keysAsHeaders() throws Exception {
        try (XlsxSink xlsx = new XlsxSink(bytes, SHANGHAI, "keys")) {
            xlsx.header(COLUMNS, true);
        }
        assertEquals(List.of(List.of("id", "title", "submitted", "acceptedAt", "score", "state", "public")),
                XlsxCells.read(bytes.toByteArray()).rows(0));
    }

    @Test
    public void oddValuesStayReadable() throws Exception {
        String huge = "长".repeat(XlsxSink.MAX_TEXT + 10);
        try (XlsxSink xlsx = new XlsxSink(bytes, SHANGHAI, "odd")) {
            xlsx.row(List.of(Double.NaN, Double.POSITIVE_INFINITY, LocalDate.of(1899, 12, 31),
                    new BigDecimal("1E+3"), huge, "=1+1", ""));
        }
        List<String> row = XlsxCells.read(bytes.toByteArray()).rows(0).get(0);
        assertEquals(List.of("NaN", "Infinity", "1899-12-31", "1000"), row.subList(0, 4));
        assertEquals(XlsxSink.MAX_TEXT, row.get(4).length());
        assertEquals("a string cell is never a formula", "=1+1", row.get(5));
        assertEquals("", row.get(6));
    }

    @Test
    public void emptyWorkbookHasOneSheet() throws Exception {
        new XlsxSink(bytes, SHANGHAI, "空").close();
        XlsxCells book = XlsxCells.read(bytes.toByteArray());
        assertEquals(List.of("空"), book.sheetNames());
        assertEquals(List.of(), book.rows(0));
    }

    @Test
    public void sheetNamesFollowExcelsRules() {
        assertEquals("a-b-c", XlsxSink.baseName("a/b:c"));
        assertEquals("Sheet1", XlsxSink.baseName(null));
        assertEquals("Sheet1", XlsxSink.baseName(" '' "));
        assertEquals("x", XlsxSink.baseName("'x'"));
        String longName = "淮北市相山区人民代表大会常务委员会代表建议办理情况统计表二〇二四年";
        assertEquals(31, XlsxSink.baseName(longName).length());
        assertEquals("台账", XlsxSink.sheetName("台账", 1));
        assertEquals("台账 2", XlsxSink.sheetName("台账", 2));
        String second = XlsxSink.sheetName(XlsxSink.baseName(longName), 12);
        assertEquals(31, second.length());
        assertTrue(second, second.endsWith(" 12"));
    }

    @Test
    public void closeAndAbortLeaveTheStreamOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        XlsxSink xlsx = new XlsxSink(out, SHANGHAI, "s");
        xlsx.row(List.of(1));
        xlsx.close();
        xlsx.close();
        assertFalse(closed[0]);
        assertEquals(1, XlsxCells.read(out.toByteArray()).rows(0).size());
        try {
            xlsx.row(List.of(2));
            fail();
        } catch (IllegalStateException expected) {
        }
    }

    @Test
    public void abortLeavesNoCompleteWorkbook() throws Exception {
        XlsxSink xlsx = new XlsxSink(bytes, SHANGHAI, "s", XlsxSink.EXCEL_MAX_ROWS, 2);
        xlsx.header(COLUMNS, false);
        for (int i = 0; i < 5; i++) {
            xlsx.row(List.of(i));
        }
        xlsx.abort();
        xlsx.close();
        try {
            XlsxCells.read(bytes.toByteArray());
            fail("an aborted export must not read as a workbook");
        } catch (IOException expected) {
            // no central directory: not a zip at all
        }
    }

    @Test
    public void fullSheetsContinueOnNumberedSheetsWithTheHeader() throws Exception {
        // 5 rows per sheet: the header and 4 data rows; flushing every 3 rows crosses the sheet ends
        try (XlsxSink xlsx = new XlsxSink(bytes, SHANGHAI, "台账", 5, 3)) {
            xlsx.header(COLUMNS.subList(0, 2), false);
            for (int i = 1; i <= 13; i++) {
                xlsx.row(List.of(i, "第" + i + "条"));
            }
            assertEquals(13, xlsx.rows());
        }
        XlsxCells book = XlsxCells.read(bytes.toByteArray());
        assertEquals(List.of("台账", "台账 2", "台账 3", "台账 4"), book.sheetNames());
        List<String> ids = new ArrayList<>();
        for (String name : book.sheetNames()) {
            List<List<String>> rows = book.rows(name);
            assertEquals(List.of("编号", "标题"), rows.get(0));
            assertTrue(book.bold(name, 0, 0));
            assertEquals(1, book.frozenRows(name));
            assertEquals("every sheet gets the widths", book.widths("台账"), book.widths(name));
            assertTrue(name, rows.size() <= 5);
            for (List<String> row : rows.subList(1, rows.size())) {
                ids.add(row.get(0));
                assertEquals("第" + row.get(0) + "条", row.get(1));
            }
        }
        assertEquals(2, book.rows("台账 4").size());
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            expected.add(Integer.toString(i));
        }
        assertEquals(expected, ids);
    }

    @Test
    public void withoutHeaderSheetsHoldOnlyRows() throws Exception {
        try (XlsxSink xlsx = new XlsxSink(bytes, SHANGHAI, "data", 5, 1000)) {
            for (int i = 0; i < 12; i++) {
                xlsx.row(List.of(i));
            }
        }
        XlsxCells book = XlsxCells.read(bytes.toByteArray());
        assertEquals(List.of("data", "data 2", "data 3"), book.sheetNames());
        assertEquals(5, book.rows(0).size());
        assertEquals(5, book.rows(1).size());
        assertEquals(List.of(List.of("10"), List.of("11")), book.rows(2));
    }

    @Test
    public void twoHundredThousandRows() throws Exception {
        int n = 200_000;
        LocalDate day = LocalDate.of(2024, 1, 1);
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        long start = System.nanoTime();
        try (XlsxSink xlsx = new XlsxSink(bytes, SHANGHAI, "台账")) {
            xlsx.header(COLUMNS.subList(0, 5), false);
            for (int i = 1; i <= n; i++) {
                xlsx.row(List.of(i, "关于第" + i + "号建议的办理情况", day.plusDays(i % 366), at.plusSeconds(i * 60L),
                        BigDecimal.valueOf(i % 10_000, 2)));
            }
        }
        long written = System.nanoTime();
        XlsxCells book = XlsxCells.read(bytes.toByteArray());
        List<List<String>> rows = book.rows("台账");
        System.out.printf("xlsx %,d rows: written in %d ms, %,d bytes; read back in %d ms%n", n,
                (written - start) / 1_000_000, bytes.size(), (System.nanoTime() - written) / 1_000_000);
        assertEquals(n + 1, rows.size());
        assertEquals(List.of("编号", "标题", "提出日期", "受理时间", "得分"), rows.get(0));
        assertEquals("200000", rows.get(n).get(0));
        assertEquals("关于第200000号建议的办理情况", rows.get(n).get(1));
        assertEquals("0.00", rows.get(n).get(4));
        assertEquals("yyyy-mm-dd", book.format("台账", n, 2));
    }
}
