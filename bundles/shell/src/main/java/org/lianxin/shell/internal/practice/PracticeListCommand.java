package org.lianxin.shell.internal.practice;

import java.util.Comparator;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.dto.PracticeInfo;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "practice", name = "list", description = "Lists the installed practice plugins and where they are active")
public class PracticeListCommand extends LianxinAction {

    @Reference
    PracticeRegistry practices;

    @Override
    protected void run() {
        List<PracticeInfo> all = practices.list().stream().sorted(Comparator.comparing(PracticeInfo::id)).toList();
        TextTable table = new TextTable("ID", "Name", "English name", "Version", "Active regions");
        for (PracticeInfo p : all) {
            table.row(p.id(), p.nameZh(), p.nameEn(), p.version(), Formats.join(p.activeRegions()));
        }
        table.print(out());
        out().println(all.size() + " practice(s) installed");
    }
}
