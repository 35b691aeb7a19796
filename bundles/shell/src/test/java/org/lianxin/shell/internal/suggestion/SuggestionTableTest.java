package org.lianxin.shell.internal.suggestion;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.shell.support.TextTable;
import org.lianxin.shell.support.WideText;

public class SuggestionTableTest {

    private static final Page<Suggestion> PAGE = new Page<>(List.of(
            SuggestionFixtures.suggestion(12, "DJ-2023-000012", "关于加快修建东社区至西社区村道并增设路灯和公交站台的建议",
                    SuggestionState.HANDLING, 7L, LocalDate.of(2023, 5, 1), true),
            SuggestionFixtures.suggestion(3, "DJ-2023-000003", "Street lights", SuggestionState.REGISTERED, null,
                    null, false)), 102, 0, 2);

    private static List<String> render(TextTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    public void ledgerRowsShowTruncatedTitleOverdueMarkAndUnitName() {
        List<String> lines = render(SuggestionTable.ledger(PAGE, id -> id == 7 ? "县交通运输局" : "?"));
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("ID | Ledger No      | State      | Title"));
        String row = lines.get(2);
        assertTrue(row, row.contains("关于加快修建东社区至西社区..."));
        assertTrue(row, row.contains("| 2023-05-01 | OVERDUE | 县交通运输局"));
        assertTrue(lines.get(3), lines.get(3).contains("| Street lights"));
        // the Deadline column starts at the same display column on every line
        int col = WideText.width(lines.get(0).substring(0, lines.get(0).indexOf("Deadline")));
        assertEquals(col, WideText.width(row.substring(0, row.indexOf("2023-05-01"))));
    }

    @Test
    public void overdueRowsCountDaysPastTheDeadline() {
        List<String> lines = render(SuggestionTable.overdue(PAGE, LocalDate.of(2023, 5, 11), id -> "县交通运输局"));
        assertTrue(lines.get(2), lines.get(2).contains("| 2023-05-01 |        10 |"));
    }
}
