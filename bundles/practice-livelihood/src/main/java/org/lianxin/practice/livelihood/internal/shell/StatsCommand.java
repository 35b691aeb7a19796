package org.lianxin.practice.livelihood.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.practice.livelihood.internal.LivelihoodFigures;
import org.lianxin.practice.livelihood.internal.model.LivelihoodStats;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.LianxinAction;

@Service
@Command(scope = "livelihood", name = "stats", description = "The livelihood figures of a region: rounds, projects chosen and finished, budget, turnout, satisfaction")
public class StatsCommand extends LianxinAction {

    @Reference
    LivelihoodFigures figures;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code", required = true)
    String region;

    @Option(name = "--year", description = "Rounds of one year (default: all years)")
    Integer year;

    @Override
    protected void run() {
        LivelihoodStats s = figures.region(regionId(regions, region), year);
        new Details().always("Rounds", s.rounds()).always("Projects chosen", s.projectsChosen())
                .always("Projects finished", s.projectsFinished())
                .always("Budget planned (yuan)", s.budgetPlanned().toPlainString())
                .always("Budget spent (yuan)", s.budgetSpent().toPlainString())
                .always("Electorate", s.electorate()).always("Ballots cast", s.ballotsCast())
                .always("Turnout", s.turnout() == null ? "-" : s.turnout() + "%")
                .always("Satisfaction votes", s.satisfactionVotes())
                .always("Satisfaction", s.satisfactionRate() == null ? "-" : s.satisfactionRate() + "%")
                .print(out());
    }
}
