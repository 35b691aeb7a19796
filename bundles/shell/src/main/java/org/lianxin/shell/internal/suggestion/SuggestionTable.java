package org.lianxin.shell.internal.suggestion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.LongFunction;

import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.shell.support.TextTable;
import org.lianxin.shell.support.WideText;

/** The ledger as a table: one row per suggestion of a page. */
public final class SuggestionTable {

    /** Display columns of a title in a list. */
    public static final int TITLE_WIDTH = 30;
    public static final int UNIT_WIDTH = 20;

    private SuggestionTable() {
    }

    public static TextTable ledger(Page<Suggestion> page, LongFunction<String> unitName) {
        TextTable table = new TextTable("ID", "Ledger No", "State", "Title", "Deadline", "Overdue", "Lead unit")
                .alignRight(0);
        for (Suggestion s : page.items()) {
            table.row(s.id(), s.ledgerNo(), s.state(), WideText.truncate(s.title(), TITLE_WIDTH), s.deadline(),
                    s.overdue() ? "OVERDUE" : "", unit(s, unitName));
        }
        return table;
    }

    /** The overdue list: days past the deadline as of {@code today}, and whether key supervision started. */
    public static TextTable overdue(Page<Suggestion> page, LocalDate today, LongFunction<String> unitName) {
        TextTable table = new TextTable("ID", "Ledger No", "State", "Title", "Deadline", "Days over", "Supervised",
                "Lead unit").alignRight(0, 5);
        for (Suggestion s : page.items()) {
            Long days = s.deadline() == null ? null : ChronoUnit.DAYS.between(s.deadline(), today);
            table.row(s.id(), s.ledgerNo(), s.state(), WideText.truncate(s.title(), TITLE_WIDTH), s.deadline(), days,
                    s.supervised() ? "yes" : "", unit(s, unitName));
        }
        return table;
    }

    private static String unit(Suggestion s, LongFunction<String> unitName) {
        return s.leadUnitId() == null ? "" : WideText.truncate(unitName.apply(s.leadUnitId()), UNIT_WIDTH);
    }
}
