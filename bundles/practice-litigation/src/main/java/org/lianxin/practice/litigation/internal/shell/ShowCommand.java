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
@Command(scope = "litigation", name = "show", description = "Shows a clue: its suggestion, the hand-off, the procuratorate's steps and the outcome")
public class ShowCommand extends LianxinAction {

    @Reference
    Clues clues;

    @Argument(index = 0, name = "clue", description = "Clue id", required = true)
    long id;

    @Override
    protected void run() {
        Clue c = clues.get(id);
        new Details().always("Clue", c.id()).always("Suggestion", c.suggestionId())
                .always("Harm", c.harm() + " " + c.harmZh()).add("Note", c.note()).always("Status", c.status())
                .always("Allowed", Formats.join(c.allowed()))
                .always("Handed over", c.handedOverAt() == null ? "pending (outbox)" : Formats.time(c.handedOverAt()))
                .add("Procuratorate", c.procuratorate()).add("Case no", c.caseNo()).add("Accepted on", c.acceptedOn())
                .add("Suggestion to", c.addressee()).add("Issued on", c.suggestionIssuedOn())
                .add("Procuratorial suggestion", c.suggestionContent()).add("Court", c.court())
                .add("Filed on", c.filedOn()).add("Outcome", c.outcome()).add("Concluded on", c.concludedOn())
                .add("Amount recovered (yuan)", c.amountRecovered()).add("Declined", c.declineReason())
                .always("Created", c.createdBy() + " " + Formats.time(c.createdAt())).print(out());
    }
}
