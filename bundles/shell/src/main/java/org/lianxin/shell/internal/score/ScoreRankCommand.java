package org.lianxin.shell.internal.score;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.RegionService;
import org.lianxin.api.ScoringService;
import org.lianxin.api.dto.RankedScore;
import org.lianxin.api.dto.Ranking;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.TextTable;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;

@Service
@Command(scope = "score", name = "rank", description = "Ranks the deputies of a region or group by score; the bottom is flagged for a reminder talk")
public class ScoreRankCommand extends PagedListAction {

    @Reference
    ScoringService scoring;

    @Reference
    RegionService regions;

    @Reference
    HandlingClock clock;

    @Option(name = "--region", description = "Region code (its sub-regions included)")
    @Completion(RegionCodeCompleter.class)
    String region;

    @Option(name = "--group", description = "Deputy group id")
    Long group;

    @Option(name = "--period", description = "2025, or 2025Q3 for the year to the end of Q3 (default: this year)")
    String period;

    @Override
    protected void run() {
        Ranking r = scoring.ranking(regionId(regions, region), group, Periods.of(period, clock),
                Paging.request(offset, limit));
        out().println(r.scope() + "  " + r.period() + "  [" + r.table() + "]  flagged for a reminder talk: "
                + r.reminders());
        TextTable t = new TextTable("Rank", "Deputy", "Name", "Score", "Grade", "Reminder").alignRight(0, 1, 3);
        for (RankedScore s : r.lines().items()) {
            t.row(s.rank(), s.deputyId(), s.name(), s.total().toPlainString(), s.grade().zh(), s.reminder() ? "提醒谈话" : "");
        }
        t.print(out());
        out().println(Paging.summary(r.lines()));
    }
}
