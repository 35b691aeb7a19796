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
@Command(scope = "litigation", name = "deliver", description = "Runs a delivery pass of the litigation outbox now (it also runs every few seconds)")
public class DeliverCommand extends LianxinAction {

    @Reference
    Outbox outbox;

    @Option(name = "--retry", description = "First put this FAILED hand-off back to pending")
    Long retry;

    @Override
    protected void run() {
        if (retry != null) {
            outbox.retry(retry);
            out().println("Hand-off " + retry + " is pending again");
        }
        DeliveryReport r = outbox.deliverDue();
        out().println("Due " + r.due() + ", sent " + r.sent() + ", failed attempts " + r.failedAttempts()
                + ", now FAILED " + r.nowFailed() + ", skipped " + r.skipped());
    }
}
