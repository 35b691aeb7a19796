package org.lianxin.shell.internal.completers;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.RegionLevel;

/** Region codes, top down, with names; stops after {@value #MAX} regions. */
@Service
public class RegionCodeCompleter extends CandidateCompleter {

    static final int MAX = 300;

    @Reference
    RegionService regions;

    @Override
    protected Map<String, String> candidates(String typed) {
        Map<String, String> out = new LinkedHashMap<>();
        Deque<Long> parents = new ArrayDeque<>();
        parents.add(-1L); // the roots
        while (!parents.isEmpty() && out.size() < MAX) {
            Long parent = parents.poll();
            for (Region r : regions.list(parent < 0 ? null : parent, null, PageRequest.of(0, 200)).items()) {
                if (out.size() >= MAX) {
                    break;
                }
                out.put(r.code(), r.name() + " (" + r.level() + ")");
                if (r.level() != RegionLevel.TOWNSHIP) {
                    parents.add(r.id());
                }
            }
        }
        return out;
    }
}
