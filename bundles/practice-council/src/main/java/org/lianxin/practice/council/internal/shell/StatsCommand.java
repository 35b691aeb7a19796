package org.lianxin.practice.council.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.practice.council.internal.CouncilFigures;
import org.lianxin.practice.council.internal.model.CouncilStats;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.LianxinAction;

@Service
@Command(scope = "council", name = "stats", description = "The councils' figures for a region and year: standing, representatives, meetings, items, open days")
public class StatsCommand extends LianxinAction {

    @Reference
    CouncilFigures figures;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code", required = true)
    String region;

    @Option(name = "--year", description = "The year (default: this year)")
    Integer year;

    @Override
    protected void run() {
        CouncilStats s = figures.region(regionId(regions, region), year);
        new Details().always("Year", s.year()).always("Councils", s.councils())
                .always("Representatives", s.representatives()).always("Meetings held", s.meetingsHeld())
                .always("MET (2+ regular)", s.met()).always("DUE", s.due()).always("MISSED", s.missed())
                .always("Office report heard", s.reportHeard())
                .always("MISSED in " + s.missedYear(), s.missedLastYear())
                .always("Items selected", s.items()).always("Raised as suggestions", s.itemsAsSuggestions())
                .always("To the street office", s.itemsToStreetOffice()).always("Evaluated", s.itemsEvaluated())
                .always("Satisfaction", s.satisfactionRate() == null ? "-" : s.satisfactionRate() + "%")
                .always("Open days", s.openDays()).print(out());
    }
}
