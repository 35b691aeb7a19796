package org.lianxin.shell.internal.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.DeputyLevel;

@Service
public class DeputyLevelCompleter extends EnumCompleter<DeputyLevel> {

    public DeputyLevelCompleter() {
        super(DeputyLevel.class);
    }
}
