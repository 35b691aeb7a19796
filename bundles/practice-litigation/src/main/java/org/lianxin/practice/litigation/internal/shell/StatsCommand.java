package org.lianxin.practice.litigation.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.litigation.internal.*;
import org.lianxin.practice.litigation.internal.model.*;
import org.lianxin.shell.support.*;

@Service
@Command(scope = "litigation", name = "stats", description = "The litigation figures of a region: clues, pre-litigation suggestions, litigation, amount recovered, conversions, failed hand-offs")
public class StatsCommand extends LianxinAction {

    @Reference
    LitigationFigures figures;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code", required = true)
    String region;

    @Option(name = "--year", description = "Recorded in one year (default: all years)")
    Integer year;

    @Override
    protected void run() {
        LitigationStats s = figures.region(regionId(regions, region), year);
        new Details().always("Clues transferred", s.cluesTransferred()).always("Accepted", s.accepted())
                .always("Pre-litigation suggestions", s.preLitigationSuggestions()).always("Rectified", s.rectified())
                .always("Litigation cases", s.litigationCases()).always("Judged", s.judged())
                .always("Declined", s.declined()).always("Amount recovered (yuan)", s.amountRecovered())
                .always("Procuratorial suggestions", s.procuratorialReceived())
                .always("Converted to deputy suggestions", s.procuratorialConverted())
                .always("Hand-offs pending", s.outboxPending()).always("Hand-offs FAILED", s.outboxFailed())
                .print(out());
    }
}
