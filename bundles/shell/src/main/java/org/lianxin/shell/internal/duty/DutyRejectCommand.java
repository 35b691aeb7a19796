package org.lianxin.shell.internal.duty;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "duty", name = "reject", description = "Rejects a PENDING duty record, with the reason")
public class DutyRejectCommand extends DutyReviewAction {

    @Argument(index = 1, name = "reason", description = "Why it is rejected", required = true)
    String reason;

    @Override
    protected void run() {
        printOutcome(duties.reject(id, reason, actor()));
    }
}
