package org.lianxin.shell.internal.suggestion;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.RegionService;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;

@Service
@Command(scope = "suggestion", name = "escalate",
        description = "Runs the overdue escalation now: overdue replies go under key supervision, other overdue steps get a reminder")
public class SuggestionEscalateCommand extends SuggestionAction {

    @Reference
    HandlingClock clock;

    @Option(name = "--date", description = "Escalate as of this day (YYYY-MM-DD; default today)")
    String date;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Only items handled in this region (code) and its sub-regions")
    @Completion(RegionCodeCompleter.class)
    String region;

    @Override
    protected void run() {
        LocalDate day = Parse.date(date, "--date");
        LocalDate asOf = day == null ? clock.today() : day;
        int count = suggestions.escalateOverdue(asOf, regionId(regions, region));
        out().println(count + " overdue item(s) escalated or reminded as of " + asOf);
    }
}
