package org.lianxin.practice.petition.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.practice.petition.internal.PetitionFigures;
import org.lianxin.practice.petition.internal.model.PetitionStats;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.LianxinAction;

@Service
@Command(scope = "petition", name = "stats", description = "The petition figures of a region: taken on, resolution rate, open high-risk, suggestions, follow-ups")
public class PetitionStatsCommand extends LianxinAction {

    @Reference
    PetitionFigures figures;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code", required = true)
    String region;

    @Option(name = "--year", description = "Petitions received in one year (default: all years)")
    Integer year;

    @Override
    protected void run() {
        PetitionStats s = figures.region(regionId(regions, region), year);
        new Details().always("Petitions taken on", s.takenOn()).always("Open (not defused)", s.open())
                .always("Open high-risk", s.openHighRisk()).always("Concluded", s.concluded())
                .always("Resolved", s.resolved()).always("Unresolved", s.unresolved())
                .always("Resolution rate", s.resolutionRate() == null ? "-" : s.resolutionRate() + "%")
                .always("Follow-ups", s.followUps()).always("Satisfied", s.satisfied())
                .always("Satisfied share", s.satisfiedShare() == null ? "-" : s.satisfiedShare() + "%")
                .always("Closed", s.closed()).always("Turned into suggestions", s.suggestions()).print(out());
    }
}
