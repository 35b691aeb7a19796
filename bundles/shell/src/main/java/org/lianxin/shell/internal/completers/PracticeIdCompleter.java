package org.lianxin.shell.internal.completers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.dto.PracticeInfo;

/** Ids of the installed practices, with their Chinese names. */
@Service
public class PracticeIdCompleter extends CandidateCompleter {

    @Reference
    PracticeRegistry practices;

    @Override
    protected Map<String, String> candidates(String typed) {
        Map<String, String> out = new LinkedHashMap<>();
        for (PracticeInfo p : practices.list()) {
            out.put(p.id(), p.nameZh());
        }
        return out;
    }
}
