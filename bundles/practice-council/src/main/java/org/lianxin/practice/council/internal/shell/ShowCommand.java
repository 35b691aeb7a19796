package org.lianxin.practice.council.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.practice.council.internal.CouncilRounds;
import org.lianxin.practice.council.internal.Councils;
import org.lianxin.practice.council.internal.model.Compliance;
import org.lianxin.practice.council.internal.model.Council;
import org.lianxin.practice.council.internal.model.Representative;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "council", name = "show", description = "Shows a council: its standing this year and last, its representatives (phones masked) and its livelihood rounds")
public class ShowCommand extends LianxinAction {

    @Reference
    Councils councils;

    @Reference
    CouncilRounds rounds;

    @Argument(index = 0, name = "council", description = "Council id", required = true)
    long id;

    @Override
    protected void run() {
        Council c = councils.get(id);
        Compliance now = c.compliance();
        Compliance last = councils.compliance(id, now.year() - 1);
        new Details().add("ID", c.id()).add("Council", c.name()).add("Region", c.regionName())
                .add("Established", c.establishedOn()).add("Convenor", c.convenor() + (c.convenorPhone() == null ? ""
                        : " " + c.convenorPhone()))
                .add("Representatives", c.representatives())
                .add(now.year() + "", standing(now)).add(last.year() + "", standing(last)).print(out());
        out().println();
        TextTable reps = new TextTable("ID", "Representative", "Community", "Phone", "Joined", "Left").alignRight(0);
        for (Representative r : councils.representatives(id, null, PageRequest.of(0, 500)).items()) {
            reps.row(r.id(), r.name(), r.community(), r.phone(), r.joinedOn(), r.leftOn());
        }
        reps.print(out());
        var page = rounds.list(id, PageRequest.of(0, 10));
        if (!page.items().isEmpty()) {
            out().println();
            TextTable t = new TextTable("Round", "Year", "Title", "Places", "Status", "Electorate", "Ballots")
                    .alignRight(0, 1, 3, 5, 6);
            for (Round r : page.items()) {
                t.row(r.id(), r.year(), r.title(), r.places(), r.status() + " " + r.statusZh(), r.electorate(),
                        r.ballotsCast());
            }
            t.print(out());
        }
    }

    private static String standing(Compliance s) {
        return s.flag() + " " + s.flagZh() + ": " + s.held() + "/" + s.required() + " regular meetings held"
                + (s.extraHeld() > 0 ? ", " + s.extraHeld() + " extra" : "")
                + (s.planned() > 0 ? ", " + s.planned() + " planned" : "") + "; street office report heard: "
                + Formats.yesNo(s.reportHeard());
    }
}
