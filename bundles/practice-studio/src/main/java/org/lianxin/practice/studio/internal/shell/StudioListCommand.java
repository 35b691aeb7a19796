package org.lianxin.practice.studio.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.studio.internal.Studios;
import org.lianxin.practice.studio.internal.model.Studio;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "studio", name = "list", description = "Lists professional deputy studios (专业代表工作室) of a region")
public class StudioListCommand extends PagedListAction {

    @Reference
    Studios studios;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code (default: every region where the practice is active)")
    String region;

    @Override
    protected void run() {
        Page<Studio> page = studios.list(regionId(regions, region), Paging.request(offset, limit));
        TextTable table = new TextTable("ID", "Studio", "Brand", "Theme", "Region", "Members", "八有").alignRight(0, 5);
        for (Studio s : page.items()) {
            table.row(s.id(), s.name(), s.brand(), s.themeZh(), regions.get(s.regionId()).name(), s.members(),
                    s.standardMet() + "/8");
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
