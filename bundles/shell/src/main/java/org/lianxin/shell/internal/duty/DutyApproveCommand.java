package org.lianxin.shell.internal.duty;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "duty", name = "approve", description = "Approves a PENDING duty record")
public class DutyApproveCommand extends DutyReviewAction {

    @Option(name = "--note", description = "Review note")
    String note;

    @Override
    protected void run() {
        printOutcome(duties.approve(id, note, actor()));
    }
}
