package org.lianxin.shell.internal.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.RouteTier;

@Service
public class RouteTierCompleter extends EnumCompleter<RouteTier> {

    public RouteTierCompleter() {
        super(RouteTier.class);
    }
}
