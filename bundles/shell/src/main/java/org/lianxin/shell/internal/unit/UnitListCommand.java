package org.lianxin.shell.internal.unit;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.HandlingUnit;
import org.lianxin.api.dto.Page;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Names;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.TextTable;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;

@Service
@Command(scope = "unit", name = "list", description = "Lists handling units (承办单位)")
public class UnitListCommand extends PagedListAction {

    @Reference
    HandlingUnitService units;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code (its sub-regions included)")
    @Completion(RegionCodeCompleter.class)
    String region;

    @Option(name = "--name", description = "Part of the name")
    String name;


    @Override
    protected void run() {
        Page<HandlingUnit> page = units.list(regionId(regions, region),
                name == null || name.isBlank() ? null : name.trim(), Paging.request(offset, limit));
        Names codes = new Names(id -> regions.get(id).code());
        TextTable table = new TextTable("ID", "Code", "Name", "Region", "Contact").alignRight(0);
        for (HandlingUnit u : page.items()) {
            table.row(u.id(), u.code(), u.name(), codes.of(u.regionId()), u.contact());
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
