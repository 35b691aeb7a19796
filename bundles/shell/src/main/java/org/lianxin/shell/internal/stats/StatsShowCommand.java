package org.lianxin.shell.internal.stats;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.api.StatisticsService;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.Kpis;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.api.dto.StatsDimension;
import org.lianxin.api.dto.StatsQuery;
import org.lianxin.api.dto.StatsRow;
import org.lianxin.api.dto.StatsTable;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.support.TextTable;
import org.lianxin.shell.internal.completers.CategoryCompleter;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;
import org.lianxin.shell.internal.completers.RegionLevelCompleter;
import org.lianxin.shell.internal.completers.StatsDimensionCompleter;

@Service
@Command(scope = "stats", name = "show", description = "Shows the suggestion statistics (办结率, 办成率, 满意率, A/B/C, 按期) of a region")
public class StatsShowCommand extends LianxinAction {

    @Reference
    StatisticsService stats;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code (its sub-regions rolled up)", required = true)
    @Completion(RegionCodeCompleter.class)
    String region;

    @Option(name = "--by", description = "Break down by REGION, LEVEL, UNIT, CATEGORY, YEAR, QUARTER or MONTH")
    @Completion(StatsDimensionCompleter.class)
    StatsDimension by;

    @Option(name = "--unit", description = "Lead unit id")
    Long unit;

    @Option(name = "--category", description = "Category")
    @Completion(CategoryCompleter.class)
    Category category;

    @Option(name = "--level", description = "Only regions of this level")
    @Completion(RegionLevelCompleter.class)
    RegionLevel level;

    @Option(name = "--from", description = "Registered on or after (yyyy-MM-dd)")
    String from;

    @Option(name = "--to", description = "Registered before (yyyy-MM-dd)")
    String to;

    @Override
    protected void run() {
        LocalDate start = from == null ? null : Parse.date(from, "--from");
        LocalDate end = to == null ? null : Parse.date(to, "--to");
        StatsTable t = stats.suggestions(new StatsQuery(regionId(regions, region), unit, category, level, start, end, by));
        TextTable table = new TextTable("", "提出", "办结", "办结率", "办成率", "A类占比", "B", "C", "满意率", "按期率", "超期")
                .alignRight(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        for (StatsRow r : t.rows()) {
            row(table, r.label(), r.kpis());
        }
        row(table, "合计", t.total());
        table.print(out());
    }

    private static void row(TextTable table, String label, Kpis k) {
        table.row(label, k.raised(), k.completed(), pct(k.completionRate()), pct(k.successRate()), pct(k.aShare()),
                k.classB(), k.classC(), pct(k.satisfactionRate()), pct(k.onTimeRate()), k.overdueOpen());
    }

    private static String pct(BigDecimal rate) {
        return rate == null ? "-" : rate.toPlainString() + "%";
    }
}
