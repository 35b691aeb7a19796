package org.lianxin.shell.internal.practice;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.shell.internal.completers.PracticeIdCompleter;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;
import org.lianxin.shell.support.LianxinAction;

@Service
@Command(scope = "practice", name = "activate", description = "Activates a practice for a region and the regions below it (writes etc/org.lianxin.practice.<id>~<code>.cfg)")
public class PracticeActivateCommand extends LianxinAction {

    @Reference
    PracticeRegistry practices;

    @Argument(index = 0, name = "id", description = "Practice id, e.g. studio", required = true)
    @Completion(PracticeIdCompleter.class)
    String id;

    @Argument(index = 1, name = "region", description = "Region code", required = true)
    @Completion(RegionCodeCompleter.class)
    String region;

    @Override
    protected void run() {
        boolean changed = practices.activate(id, region);
        out().println(changed ? "Practice " + id + " activated for " + region
                : "Practice " + id + " was active for " + region + " already");
    }
}
