package org.lianxin.shell.internal.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.RegionLevel;

@Service
public class RegionLevelCompleter extends EnumCompleter<RegionLevel> {

    public RegionLevelCompleter() {
        super(RegionLevel.class);
    }
}
