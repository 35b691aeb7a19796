package org.lianxin.practice.studio.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.practice.studio.internal.StudioFigures;
import org.lianxin.practice.studio.internal.model.StudioStats;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.LianxinAction;

@Service
@Command(scope = "studio", name = "stats", description = "The studios' figures for a region: consultations, opinions and the share implemented, events")
public class StudioStatsCommand extends LianxinAction {

    @Reference
    StudioFigures figures;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code", required = true)
    String region;

    @Option(name = "--year", description = "One year (default: all years)")
    Integer year;

    @Override
    protected void run() {
        StudioStats s = figures.region(regionId(regions, region), year);
        new Details().always("Studios", s.studios()).always("Meeting 八有", s.compliant())
                .always("Member deputies", s.members()).always("Consultations", s.consultations())
                .always("Answered", s.answered()).always("Opinions collected", s.opinions())
                .always("Implemented", s.implemented())
                .always("Share implemented", s.implementedShare() == null ? "-" : s.implementedShare() + "%")
                .always("Events", s.events()).always("Sessions", s.sessions()).always("Attendance", s.attendance())
                .always("Viewers", s.viewers()).print(out());
    }
}
