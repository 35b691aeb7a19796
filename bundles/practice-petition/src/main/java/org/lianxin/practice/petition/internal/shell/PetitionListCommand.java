package org.lianxin.practice.petition.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.petition.internal.Petitions;
import org.lianxin.practice.petition.internal.Viewer;
import org.lianxin.practice.petition.internal.model.Petition;
import org.lianxin.practice.petition.internal.model.PetitionQuery;
import org.lianxin.practice.petition.internal.model.PetitionStatus;
import org.lianxin.practice.petition.internal.model.RiskLevel;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "petition", name = "list", description = "Lists petitions taken on by deputies as proxies (人大代表信访代办), newest first")
public class PetitionListCommand extends PagedListAction {

    @Reference
    Petitions petitions;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code (default: every region where the practice is active)")
    String region;

    @Option(name = "--status", description = "REGISTERED, IN_PROGRESS, RESOLVED, UNRESOLVED or CLOSED")
    String status;

    @Option(name = "--risk", description = "NONE, LOW, MEDIUM or HIGH")
    String risk;

    @Option(name = "--open", description = "Only petitions not defused yet (registered, in progress, unresolved)")
    boolean open;

    @Override
    protected void run() {
        PetitionQuery query = new PetitionQuery(regionId(regions, region), null,
                Parse.enumValue(PetitionStatus.class, status, "--status"),
                Parse.enumValue(RiskLevel.class, risk, "--risk"), null, open ? Boolean.TRUE : null);
        Page<Petition> page = petitions.list(query, Paging.request(offset, limit), Viewer.current());
        TextTable table = new TextTable("ID", "Received", "Petitioner", "Subject", "Region", "Deputy", "Risk",
                "Status", "Suggestion").alignRight(0);
        for (Petition p : page.items()) {
            table.row(p.id(), p.receivedOn(), p.petitioner().name(), p.subject(), regions.get(p.regionId()).name(),
                    p.deputyId(), p.risk().level(), p.status(), p.suggestionId());
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
