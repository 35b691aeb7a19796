package org.lianxin.practice.livelihood.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.livelihood.internal.Projects;
import org.lianxin.practice.livelihood.internal.model.Project;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "livelihood", name = "projects", description = "The chosen livelihood projects and their progress: percent done, budget, milestones, satisfaction")
public class ProjectsCommand extends PagedListAction {

    @Reference
    Projects projects;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Region code (default: every region where the practice is active)")
    String region;

    @Option(name = "--year", description = "One year only")
    Integer year;

    @Override
    protected void run() {
        Page<Project> page = projects.list(regionId(regions, region), year, Paging.request(offset, limit));
        TextTable table = new TextTable("ID", "Year", "Title", "Votes", "Done", "Budget (yuan)", "Spent (yuan)",
                "Milestones", "Reviews", "Satisfaction").alignRight(0).alignRight(3).alignRight(4).alignRight(5)
                .alignRight(6);
        for (Project p : page.items()) {
            table.row(p.id(), p.year(), p.title(), p.votes(), p.percentDone() + "%",
                    p.budgetPlanned().toPlainString(), p.budgetSpent().toPlainString(),
                    p.milestonesDone() + "/" + p.milestones(), p.reviews(),
                    p.satisfaction().satisfactionRate() == null ? "-"
                            : p.satisfaction().satisfactionRate() + "% of " + p.satisfaction().votes());
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
