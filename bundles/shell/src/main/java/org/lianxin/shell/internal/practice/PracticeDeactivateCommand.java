package org.lianxin.shell.internal.practice;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "practice", name = "deactivate", description = "Removes a region's activation of a practice; its data stays")
public class PracticeDeactivateCommand extends PracticeRegionAction {

    @Override
    protected void run() {
        boolean changed = practices.deactivate(id, region);
        out().println(changed ? "Practice " + id + " deactivated for " + region
                : "Practice " + id + " was not activated for " + region);
    }
}
