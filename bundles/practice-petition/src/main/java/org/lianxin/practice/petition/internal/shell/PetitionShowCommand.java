package org.lianxin.practice.petition.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.DeputyService;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.practice.petition.internal.PetitionWork;
import org.lianxin.practice.petition.internal.Petitions;
import org.lianxin.practice.petition.internal.Viewer;
import org.lianxin.practice.petition.internal.model.Petition;
import org.lianxin.practice.petition.internal.model.Step;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "petition", name = "show", description = "Shows a petition with its steps, duty records and suggestion; personal data masked by its privacy class")
public class PetitionShowCommand extends LianxinAction {

    @Reference
    Petitions petitions;

    @Reference
    PetitionWork work;

    @Reference
    RegionService regions;

    @Reference
    DeputyService deputies;

    @Argument(index = 0, name = "id", description = "Petition id", required = true)
    long id;

    @Override
    protected void run() {
        Petition p = petitions.get(id, Viewer.current());
        Details d = new Details().add("ID", p.id()).add("Subject", p.subject()).add("Category", p.category())
                .add("Region", regions.get(p.regionId()).name())
                .add("Proxy deputy", deputies.get(p.deputyId()).name() + " (" + p.deputyId() + ")")
                .add("Received", p.receivedOn())
                .add("Consent", p.consent().methodZh() + " " + p.consent().givenOn())
                .add("Privacy", p.privacy() + " " + p.privacy().zh() + (p.petitioner().masked() ? " (masked for "
                        + actor() + ")" : ""))
                .add("Petitioner", p.petitioner().name()).add("ID number", p.petitioner().idNumber())
                .add("Phone", p.petitioner().phone()).add("Address", p.petitioner().address())
                .add("Content", p.content())
                .add("Risk", p.risk().level() + " " + p.risk().levelZh()
                        + (p.risk().signsZh().isEmpty() ? "" : ": " + String.join("、", p.risk().signsZh()))
                        + (p.risk().notedOn() == null ? "" : " (noted " + p.risk().notedOn() + ")"))
                .add("Risk note", p.risk().note())
                .add("Status", p.status() + " " + p.statusZh())
                .add("Outcome", p.conclusion() == null ? null : p.conclusion() + " " + p.concludedOn() + ": "
                        + p.outcome())
                .add("Follow-up", p.followUp() == null ? null : p.followUp().on() + " satisfied "
                        + Formats.yesNo(p.followUp().satisfied())
                        + (p.followUp().note() == null ? "" : ": " + p.followUp().note()))
                .add("Duty records", dutyRecords(p)).add("Suggestion", p.suggestionId())
                .add("Allowed", Formats.join(p.actions()));
        d.print(out());
        out().println();
        TextTable steps = new TextTable("Step", "Date", "Kind", "Note", "By", "Duty record").alignRight(0);
        for (Step s : work.steps(id, PageRequest.of(0, PageRequest.MAX_LIMIT)).items()) {
            steps.row(s.id(), s.takenOn(), s.kindZh(), s.note(), s.actor(), s.dutyRecordId());
        }
        steps.print(out());
    }

    private static String dutyRecords(Petition p) {
        StringBuilder sb = new StringBuilder();
        if (p.resolvedDutyRecordId() != null) {
            sb.append("PROBLEM_RESOLVED ").append(p.resolvedDutyRecordId());
        }
        if (!p.visitDutyRecordIds().isEmpty()) {
            sb.append(sb.length() == 0 ? "" : "; ").append("VISIT ").append(Formats.join(p.visitDutyRecordIds()));
        }
        return sb.toString();
    }
}
