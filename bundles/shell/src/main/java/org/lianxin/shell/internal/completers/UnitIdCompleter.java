package org.lianxin.shell.internal.completers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.dto.HandlingUnit;
import org.lianxin.api.dto.PageRequest;

/** Handling unit ids with their names; the first {@value #MAX} units. */
@Service
public class UnitIdCompleter extends CandidateCompleter {

    static final int MAX = 200;

    @Reference
    HandlingUnitService units;

    @Override
    protected Map<String, String> candidates(String typed) {
        Map<String, String> out = new LinkedHashMap<>();
        for (HandlingUnit u : units.list(null, null, PageRequest.of(0, MAX)).items()) {
            out.put(String.valueOf(u.id()), u.name());
        }
        return out;
    }
}
