package org.lianxin.shell.internal.score;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.ScoringService;
import org.lianxin.api.dto.CategoryScore;
import org.lianxin.api.dto.DeputyScore;
import org.lianxin.api.dto.ItemScore;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "score", name = "show", description = "Shows a deputy's performance score (履职积分), explained item by item")
public class ScoreShowCommand extends LianxinAction {

    @Reference
    ScoringService scoring;

    @Reference
    HandlingClock clock;

    @Argument(index = 0, name = "deputy", description = "Deputy id", required = true)
    long deputy;

    @Option(name = "--period", description = "2025, or 2025Q3 for the year to the end of Q3 (default: this year)")
    String period;

    @Option(name = "--evidence", description = "List the records behind every point")
    boolean evidence;

    @Override
    protected void run() {
        DeputyScore s = scoring.score(deputy, Periods.of(period, clock));
        out().println(s.name() + " (" + s.deputyId() + ")  " + s.period() + "  " + s.total().toPlainString() + " 分  "
                + s.grade().zh() + "  [" + s.table() + "]");
        if (!s.excellentYears().isEmpty()) {
            out().println("优秀 years this term: " + s.excellentYears()
                    + (s.recommendedForReelection() ? "  → recommended for re-election (推荐连任)" : ""));
        }
        TextTable cats = new TextTable("Category", "Points", "Of").alignRight(1, 2);
        for (CategoryScore c : s.categories()) {
            cats.row(c.zh(), c.points().toPlainString(), c.cap());
        }
        cats.print(out());
        TextTable items = new TextTable("Item", "Units", "Points", "Cap", "Capped").alignRight(1, 2, 3);
        for (ItemScore i : s.items()) {
            items.row(i.zh(), i.units(), i.points().toPlainString(), i.cap(), i.capped() ? "yes" : "");
        }
        items.print(out());
        if (evidence) {
            for (ItemScore i : s.items()) {
                i.evidence().forEach(e -> out().println(i.key() + "  " + e));
            }
        }
    }
}
