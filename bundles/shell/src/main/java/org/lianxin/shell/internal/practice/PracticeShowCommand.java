package org.lianxin.shell.internal.practice;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.dto.PracticeInfo;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.internal.completers.PracticeIdCompleter;

@Service
@Command(scope = "practice", name = "show", description = "Shows an installed practice: what it adds and where it is active")
public class PracticeShowCommand extends LianxinAction {

    @Reference
    PracticeRegistry practices;

    @Argument(index = 0, name = "id", description = "Practice id, e.g. studio", required = true)
    @Completion(PracticeIdCompleter.class)
    String id;

    @Override
    protected void run() {
        String key = Parse.ref("id", id);
        PracticeInfo p = practices.get(key).orElseThrow(() -> new NotFoundException("practice", key));
        new Details()
                .add("ID", p.id())
                .add("Name", p.nameZh())
                .add("English name", p.nameEn())
                .add("Version", p.version())
                .add("Description", p.description())
                .always("Contributions", String.join("\n", p.contributions()))
                .always("Active regions", p.activeRegions().isEmpty() ? "none" : String.join(", ", p.activeRegions()))
                .print(out());
    }
}
