package org.lianxin.shell.internal.suggestion;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.api.dto.SuggestionSort;
import org.lianxin.shell.support.Names;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;

@Service
@Command(scope = "suggestion", name = "overdue", description = "Lists running suggestions past their deadline")
public class SuggestionOverdueCommand extends SuggestionAction {

    @Reference
    RegionService regions;

    @Reference
    HandlingUnitService units;

    @Reference
    HandlingClock clock;

    @Option(name = "--region", description = "Region code (sub-regions included)")
    @Completion(RegionCodeCompleter.class)
    String region;

    @Option(name = "--offset", description = "Rows to skip")
    int offset;

    @Option(name = "--limit", description = "Rows to show (1-500)")
    int limit = 50;

    @Override
    protected void run() {
        SuggestionQuery query = new SuggestionQuery(regionId(regions, region), true, null, null, null, null, null,
                Boolean.TRUE, null, null, null, null, null, SuggestionSort.DEADLINE);
        Page<Suggestion> page = suggestions.list(query, Paging.request(offset, limit));
        Names unitNames = new Names(id -> units.get(id).name());
        SuggestionTable.overdue(page, clock.today(), unitNames::of).print(out());
        out().println(Paging.summary(page));
    }
}
