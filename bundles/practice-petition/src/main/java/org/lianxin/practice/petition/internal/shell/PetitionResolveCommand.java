package org.lianxin.practice.petition.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.practice.petition.internal.PetitionWork;
import org.lianxin.practice.petition.internal.model.OutcomeInput;
import org.lianxin.practice.petition.internal.model.Petition;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.Parse;

@Service
@Command(scope = "petition", name = "resolve", description = "Records that a petition is resolved (and the proxy deputy's duty record)")
public class PetitionResolveCommand extends LianxinAction {

    @Reference
    PetitionWork work;

    @Argument(index = 0, name = "id", description = "Petition id", required = true)
    long id;

    @Argument(index = 1, name = "outcome", description = "How it was resolved (quote it)", required = true)
    String outcome;

    @Option(name = "--on", description = "Date resolved, yyyy-MM-dd (default: today)")
    String on;

    @Override
    protected void run() {
        Petition p = work.resolve(id, new OutcomeInput(outcome, Parse.date(on, "--on")), actor());
        out().println("Petition " + p.id() + " resolved on " + p.concludedOn() + "; duty record "
                + p.resolvedDutyRecordId() + "; next: a follow-up (POST .../follow-up) closes it");
    }
}
