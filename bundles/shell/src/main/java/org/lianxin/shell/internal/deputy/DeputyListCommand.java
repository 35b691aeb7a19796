package org.lianxin.shell.internal.deputy;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.DeputyService;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DeputyLevel;
import org.lianxin.api.dto.DeputySeat;
import org.lianxin.api.dto.DeputyStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Names;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.support.TextTable;
import org.lianxin.shell.internal.completers.DeputyLevelCompleter;
import org.lianxin.shell.internal.completers.DeputyStatusCompleter;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;

@Service
@Command(scope = "deputy", name = "list", description = "Lists deputies, filtered by region, group, level, status or name")
public class DeputyListCommand extends PagedListAction {

    @Reference
    DeputyService deputies;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code (its sub-regions included)")
    @Completion(RegionCodeCompleter.class)
    String region;

    @Option(name = "--group", description = "Deputy group id")
    Long group;

    @Option(name = "--level", description = "Seat level: NATIONAL, PROVINCIAL, CITY, COUNTY, TOWNSHIP")
    @Completion(DeputyLevelCompleter.class)
    String level;

    @Option(name = "--status", description = "ACTIVE, RESIGNED, REMOVED or BY_ELECTED")
    @Completion(DeputyStatusCompleter.class)
    String status;

    @Option(name = "--name", description = "Part of the name")
    String name;


    @Override
    protected void run() {
        Page<Deputy> page = deputies.list(regionId(regions, region), group,
                Parse.enumValue(DeputyLevel.class, level, "--level"),
                Parse.enumValue(DeputyStatus.class, status, "--status"),
                name == null || name.isBlank() ? null : name.trim(), Paging.request(offset, limit));
        Names codes = new Names(id -> regions.get(id).code());
        TextTable table = new TextTable("ID", "Name", "Gender", "Region", "Group", "Levels", "Status", "Term")
                .alignRight(0, 4);
        for (Deputy d : page.items()) {
            String levels = d.seats().stream().map(DeputySeat::level).map(Enum::name).distinct()
                    .collect(Collectors.joining(","));
            table.row(d.id(), d.name(), d.gender(), codes.of(d.regionId()), d.groupId(), levels, d.status(), d.term());
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
