package org.lianxin.shell.internal.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.DutyKind;

@Service
public class DutyKindCompleter extends EnumCompleter<DutyKind> {

    public DutyKindCompleter() {
        super(DutyKind.class);
    }
}
