package org.lianxin.practice.studio.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.studio.internal.Studios;
import org.lianxin.practice.studio.internal.model.Compliance;
import org.lianxin.practice.studio.internal.model.StandardItem;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "studio", name = "compliance", description = "The 八有 standing of the studios of a region, least compliant first")
public class StudioComplianceCommand extends PagedListAction {

    @Reference
    Studios studios;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code (default: every region where the practice is active)")
    String region;

    @Override
    protected void run() {
        Page<Compliance> page = studios.compliance(regionId(regions, region), Paging.request(offset, limit));
        TextTable table = new TextTable("ID", "Studio", "Met", "Compliant", "Missing").alignRight(0);
        for (Compliance c : page.items()) {
            table.row(c.studioId(), c.name(), c.met() + "/8", Formats.yesNo(c.compliant()),
                    String.join("、", c.missing().stream().map(StandardItem::zh).toList()));
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
