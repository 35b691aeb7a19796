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
@Command(scope = "litigation", name = "clues", description = "Lists public-interest clues transferred from deputy suggestions to the procuratorate, newest first")
public class CluesCommand extends PagedListAction {

    @Reference
    Clues clues;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code (default: every region where the practice is active)")
    String region;

    @Option(name = "--status", description = "TRANSFERRED, ACCEPTED, PRE_LITIGATION_SUGGESTION, RECTIFIED, LITIGATION, JUDGED or DECLINED")
    String status;

    @Override
    protected void run() {
        Page<Clue> page = clues.list(regionId(regions, region), Parse.enumValue(ClueStatus.class, status, "--status"),
                Paging.request(offset, limit));
        TextTable table = new TextTable("ID", "Suggestion", "Harm", "Status", "Handed over", "Case no", "Recovered (yuan)")
                .alignRight(0).alignRight(1).alignRight(6);
        for (Clue c : page.items()) {
            table.row(c.id(), c.suggestionId(), c.harmZh(), c.status(), Formats.time(c.handedOverAt()), c.caseNo(),
                    c.amountRecovered());
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
