package org.lianxin.api.dto;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.lianxin.api.ValidationException;

public class ExportFormatTest {

    @Test
    public void parseIgnoresCase() {
        assertEquals(ExportFormat.XLSX, ExportFormat.parse("xlsx"));
        assertEquals(ExportFormat.XLSX, ExportFormat.parse("XLSX"));
        assertEquals(ExportFormat.CSV, ExportFormat.parse("Csv"));
        assertEquals(ExportFormat.CSV, ExportFormat.parse(" csv "));
    }

    @Test
    public void extensionAndMediaType() {
        assertEquals("xlsx", ExportFormat.XLSX.extension());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExportFormat.XLSX.mediaType());
        assertEquals("csv", ExportFormat.CSV.extension());
        assertEquals("text/csv; charset=UTF-8", ExportFormat.CSV.mediaType());
    }

    @Test
    public void unknownFormatNamesTheAllowedValues() {
        for (String bad : new String[] {"xls", "", "pdf", null}) {
            try {
                ExportFormat.parse(bad);
                fail("accepted " + bad);
            } catch (ValidationException e) {
                assertEquals("format", e.field());
                assertTrue(e.getMessage(), e.getMessage().contains("xlsx or csv"));
            }
        }
    }
}
