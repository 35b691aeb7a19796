package org.lianxin.practice.council.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.council.internal.Councils;
import org.lianxin.practice.council.internal.model.ComplianceFlag;
import org.lianxin.practice.council.internal.model.Council;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "council", name = "list", description = "Lists voter deliberation councils (选民议政会) with their standing against two meetings a year")
public class ListCommand extends PagedListAction {

    @Reference
    Councils councils;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code (default: every region where the practice is active)")
    String region;

    @Option(name = "--year", description = "The year of the standing (default: this year)")
    Integer year;

    @Option(name = "--flag", description = "Only councils MET, DUE or MISSED in the year")
    String flag;

    @Override
    protected void run() {
        Page<Council> page = councils.list(regionId(regions, region), year,
                Parse.enumValue(ComplianceFlag.class, flag, "--flag"), Paging.request(offset, limit));
        TextTable table = new TextTable("ID", "Council", "Region", "Reps", "Year", "Held", "Extra", "Planned",
                "Standing", "Report heard").alignRight(0, 3, 5, 6, 7);
        for (Council c : page.items()) {
            var s = c.compliance();
            table.row(c.id(), c.name(), c.regionName(), c.representatives(), s.year(), s.held() + "/" + s.required(),
                    s.extraHeld(), s.planned(), s.flag() + " " + s.flagZh(), Formats.yesNo(s.reportHeard()));
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
