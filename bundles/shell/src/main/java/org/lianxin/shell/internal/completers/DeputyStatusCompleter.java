package org.lianxin.shell.internal.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.DeputyStatus;

@Service
public class DeputyStatusCompleter extends EnumCompleter<DeputyStatus> {

    public DeputyStatusCompleter() {
        super(DeputyStatus.class);
    }
}
