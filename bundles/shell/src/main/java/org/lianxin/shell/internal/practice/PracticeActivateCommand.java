package org.lianxin.shell.internal.practice;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "practice", name = "activate", description = "Activates a practice for a region and the regions below it (writes etc/org.lianxin.practice.<id>~<code>.cfg)")
public class PracticeActivateCommand extends PracticeRegionAction {

    @Override
    protected void run() {
        boolean changed = practices.activate(id, region);
        out().println(changed ? "Practice " + id + " activated for " + region
                : "Practice " + id + " was active for " + region + " already");
    }
}
