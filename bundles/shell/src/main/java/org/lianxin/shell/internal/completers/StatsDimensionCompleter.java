package org.lianxin.shell.internal.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.StatsDimension;

@Service
public class StatsDimensionCompleter extends EnumCompleter<StatsDimension> {

    public StatsDimensionCompleter() {
        super(StatsDimension.class);
    }
}
