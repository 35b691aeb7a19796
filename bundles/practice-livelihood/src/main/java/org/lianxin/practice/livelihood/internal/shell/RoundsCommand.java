package org.lianxin.practice.livelihood.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.practice.livelihood.internal.Rounds;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "livelihood", name = "rounds", description = "Lists the yearly rounds of livelihood project voting (民生实事项目票决制), newest first")
public class RoundsCommand extends PagedListAction {

    @Reference
    Rounds rounds;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code (default: every region where the practice is active)")
    String region;

    @Option(name = "--year", description = "One year only")
    Integer year;

    @Override
    protected void run() {
        Page<Round> page = rounds.list(regionId(regions, region), year, Paging.request(offset, limit));
        TextTable table = new TextTable("ID", "Year", "Region", "Title", "Places", "Candidates", "Status", "Electorate",
                "Ballots", "Turnout").alignRight(0).alignRight(4).alignRight(5).alignRight(7).alignRight(8);
        for (Round r : page.items()) {
            table.row(r.id(), r.year(), regions.get(r.regionId()).name(), r.title(), r.places(), r.candidates(),
                    r.statusZh(), r.electorate(), r.ballotsCast(), r.turnout() == null ? "" : r.turnout() + "%");
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
