package org.lianxin.shell.internal.region;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Names;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.support.TextTable;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;
import org.lianxin.shell.internal.completers.RegionLevelCompleter;

@Service
@Command(scope = "region", name = "list", description = "Lists regions: the roots, or the children of a region")
public class RegionListCommand extends PagedListAction {

    @Reference
    RegionService regions;

    @Option(name = "--parent", description = "Code of the parent region (default: the roots)")
    @Completion(RegionCodeCompleter.class)
    String parent;

    @Option(name = "--level", description = "Only regions of this level: PROVINCE, CITY, COUNTY, TOWNSHIP")
    @Completion(RegionLevelCompleter.class)
    String level;


    @Override
    protected void run() {
        Page<Region> page = regions.list(regionId(regions, parent),
                Parse.enumValue(RegionLevel.class, level, "--level"), Paging.request(offset, limit));
        Names codes = new Names(id -> regions.get(id).code());
        TextTable table = new TextTable("ID", "Code", "Name", "Level", "Parent").alignRight(0);
        for (Region r : page.items()) {
            table.row(r.id(), r.code(), r.name(), r.level(), codes.of(r.parentId()));
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
