package org.lianxin.practice.livelihood.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.practice.livelihood.api.Result;
import org.lianxin.practice.livelihood.api.ResultRow;
import org.lianxin.practice.livelihood.internal.Voting;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "livelihood", name = "result", description = "The published result of a round's vote: votes per candidate, elected projects, turnout")
public class ResultCommand extends LianxinAction {

    @Reference
    Voting voting;

    @Argument(index = 0, name = "round", description = "Round id", required = true)
    long id;

    @Override
    protected void run() {
        Result r = voting.result(id);
        new Details().add("Round", r.roundId()).add("Year", r.year()).add("Places", r.places())
                .add("Electorate", r.electorate()).add("Ballots cast", r.ballotsCast())
                .add("Turnout", r.turnout() == null ? "-" : r.turnout() + "%")
                .add("Majority", r.majority() + " votes").add("Published", Formats.time(r.publishedAt()))
                .add("Rule", r.rule()).print(out());
        out().println();
        TextTable table = new TextTable("Rank", "Candidate", "Title", "Votes", "Beneficiaries", "Outcome", "Tie")
                .alignRight(0).alignRight(1).alignRight(3).alignRight(4);
        for (ResultRow row : r.rows()) {
            table.row(row.rank(), row.candidateId(), row.title(), row.votes(), row.beneficiaries(),
                    row.outcome() + " " + row.outcomeZh(), row.tieBroken() ? "tie broken by rule" : "");
        }
        table.print(out());
    }
}
