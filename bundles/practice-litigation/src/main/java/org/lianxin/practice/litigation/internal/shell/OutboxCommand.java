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
@Command(scope = "litigation", name = "outbox", description = "Lists hand-offs to the procuratorate and to the deputies, with their delivery state")
public class OutboxCommand extends PagedListAction {

    @Reference
    Outbox outbox;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code (default: every region where the practice is active)")
    String region;

    @Option(name = "--status", description = "PENDING, SENT or FAILED")
    String status;

    @Override
    protected void run() {
        Page<OutboxItem> page = outbox.list(regionId(regions, region),
                Parse.enumValue(OutboxStatus.class, status, "--status"), Paging.request(offset, limit));
        TextTable table = new TextTable("ID", "Kind", "Clue", "Procuratorial", "Status", "Attempts", "Next attempt",
                "Sent", "Last error").alignRight(0).alignRight(5);
        for (OutboxItem o : page.items()) {
            table.row(o.id(), o.kind(), o.clueId(), o.procuratorialId(), o.status(), o.attempts(),
                    o.status() == OutboxStatus.PENDING ? Formats.time(o.nextAttemptAt()) : "",
                    Formats.time(o.sentAt()), o.lastError());
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
