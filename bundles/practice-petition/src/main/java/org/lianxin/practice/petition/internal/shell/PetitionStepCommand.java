package org.lianxin.practice.petition.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.practice.petition.internal.PetitionWork;
import org.lianxin.practice.petition.internal.model.Step;
import org.lianxin.practice.petition.internal.model.StepInput;
import org.lianxin.practice.petition.internal.model.StepKind;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.Parse;

@Service
@Command(scope = "petition", name = "step", description = "Records a step taken on a petition (a visit is the proxy deputy's duty record)")
public class PetitionStepCommand extends LianxinAction {

    @Reference
    PetitionWork work;

    @Argument(index = 0, name = "id", description = "Petition id", required = true)
    long id;

    @Argument(index = 1, name = "kind", description = "VISIT, MEDIATION, COORDINATION, REPORT_BACK or OTHER", required = true)
    String kind;

    @Argument(index = 2, name = "note", description = "What was done (quote it)", required = true)
    String note;

    @Option(name = "--on", description = "Date taken, yyyy-MM-dd (default: today)")
    String on;

    @Override
    protected void run() {
        Step s = work.step(id, new StepInput(Parse.enumValue(StepKind.class, kind, "kind"), note,
                Parse.date(on, "--on")), actor());
        out().println("Step " + s.id() + " (" + s.kindZh() + ") recorded on petition " + id + " for " + s.takenOn()
                + (s.dutyRecordId() == null ? "" : "; duty record " + s.dutyRecordId()));
    }
}
