package org.lianxin.practice.livelihood.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.practice.livelihood.internal.Rounds;
import org.lianxin.practice.livelihood.internal.Voting;
import org.lianxin.practice.livelihood.internal.model.Candidate;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "livelihood", name = "show", description = "Shows a round with its candidate list and, once published, the result")
public class ShowCommand extends LianxinAction {

    @Reference
    Rounds rounds;

    @Reference
    Voting voting;

    @Reference
    RegionService regions;

    @Argument(index = 0, name = "round", description = "Round id", required = true)
    long id;

    @Override
    protected void run() {
        Round r = rounds.get(id);
        new Details().add("ID", r.id()).add("Title", r.title()).add("Region", regions.get(r.regionId()).name())
                .add("Year", r.year()).add("Places", r.places())
                .add("Voted by", r.electorateBody() + " " + r.electorateBody().zh()
                        + (r.councilId() == null ? "" : " (council " + r.councilId() + ")")).add("Status", r.status() + " " + r.statusZh())
                .add("Proposals", r.proposals()).add("Candidates", r.candidates())
                .add("Review", r.review() == null ? null : r.review().decisionZh() + " " + r.review().on()
                        + (r.review().note() == null ? "" : ": " + r.review().note()))
                .add("Session", r.sessionDate()).add("Vote opened", Formats.time(r.voteOpenedAt()))
                .add("Vote closed", Formats.time(r.voteClosedAt()))
                .add("Electorate", r.electorate()).add("Ballots cast", r.ballotsCast())
                .add("Turnout", r.turnout() == null ? null : r.turnout() + "%")
                .add("Published", Formats.time(r.publishedAt())).add("Allowed", Formats.join(r.actions()))
                .print(out());
        out().println();
        TextTable table = new TextTable("No.", "Candidate", "Title", "Budget (yuan)", "Beneficiaries", "Votes",
                "Elected").alignRight(0).alignRight(1).alignRight(3).alignRight(4).alignRight(5);
        for (Candidate c : rounds.candidates(id)) {
            table.row(c.seq(), c.id(), c.title(), c.budgetPlanned().toPlainString(), c.beneficiaries(), c.votes(),
                    c.elected() == null ? "" : Formats.yesNo(c.elected()));
        }
        table.print(out());
    }
}
