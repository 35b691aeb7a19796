package org.lianxin.shell.internal.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.DutyStatus;

@Service
public class DutyStatusCompleter extends EnumCompleter<DutyStatus> {

    public DutyStatusCompleter() {
        super(DutyStatus.class);
    }
}
