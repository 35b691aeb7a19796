package org.lianxin.shell.internal.practice;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.shell.internal.completers.PracticeIdCompleter;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;
import org.lianxin.shell.support.LianxinAction;

/** A command on a practice's activation for one region: {@code <id> <region code>}. */
abstract class PracticeRegionAction extends LianxinAction {

    @Reference
    PracticeRegistry practices;

    @Argument(index = 0, name = "id", description = "Practice id, e.g. studio", required = true)
    @Completion(PracticeIdCompleter.class)
    String id;

    @Argument(index = 1, name = "region", description = "Region code", required = true)
    @Completion(RegionCodeCompleter.class)
    String region;
}
