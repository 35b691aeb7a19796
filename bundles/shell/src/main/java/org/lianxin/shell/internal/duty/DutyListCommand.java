package org.lianxin.shell.internal.duty;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.DutyService;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.DutyQuery;
import org.lianxin.api.dto.DutyRecord;
import org.lianxin.api.dto.DutyStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.TextTable;
import org.lianxin.shell.internal.completers.DutyKindCompleter;
import org.lianxin.shell.internal.completers.DutyStatusCompleter;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;

@Service
@Command(scope = "duty", name = "list", description = "Lists duty records (履职登记), newest first")
public class DutyListCommand extends PagedListAction {

    @Reference
    DutyService duties;

    @Reference
    RegionService regions;

    @Option(name = "--deputy", description = "Deputy id")
    Long deputy;

    @Option(name = "--region", description = "Region code (its sub-regions included)")
    @Completion(RegionCodeCompleter.class)
    String region;

    @Option(name = "--kind", description = "Kind of record")
    @Completion(DutyKindCompleter.class)
    DutyKind kind;

    @Option(name = "--status", description = "PENDING (to review), APPROVED, REJECTED or VOIDED")
    @Completion(DutyStatusCompleter.class)
    DutyStatus status;

    @Override
    protected void run() {
        Page<DutyRecord> page = duties.list(new DutyQuery(deputy, regionId(regions, region), kind, status, null, null,
                null), Paging.request(offset, limit));
        TextTable table = new TextTable("ID", "Deputy", "Date", "Kind", "Status", "Source", "Evidence")
                .alignRight(0, 1);
        for (DutyRecord r : page.items()) {
            table.row(r.id(), r.deputyId(), r.date(), r.kind().zh(), r.status(), r.source(), r.evidence());
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
