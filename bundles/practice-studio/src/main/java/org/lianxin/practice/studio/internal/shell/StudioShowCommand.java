package org.lianxin.practice.studio.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.practice.studio.internal.Studios;
import org.lianxin.practice.studio.internal.model.Member;
import org.lianxin.practice.studio.internal.model.StandardCheck;
import org.lianxin.practice.studio.internal.model.Studio;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "studio", name = "show", description = "Shows a studio: its members and the 八有 standard item by item")
public class StudioShowCommand extends LianxinAction {

    @Reference
    Studios studios;

    @Reference
    RegionService regions;

    @Argument(index = 0, name = "id", description = "Studio id", required = true)
    long id;

    @Override
    protected void run() {
        Studio s = studios.get(id);
        new Details().add("ID", s.id()).add("Studio", s.name()).add("Brand", s.brand()).add("Theme", s.themeZh())
                .add("Region", regions.get(s.regionId()).name()).add("Members", s.members())
                .add("八有", s.standardMet() + "/8").print(out());
        out().println();
        TextTable members = new TextTable("Deputy", "Name", "Level", "Lead", "Joined").alignRight(0);
        for (Member m : studios.members(id)) {
            members.row(m.deputyId(), m.name(), m.level(), Formats.yesNo(m.lead()), m.joinedOn());
        }
        members.print(out());
        out().println();
        TextTable standard = new TextTable("Item", "Standard", "Met", "Evidence", "Checked");
        for (StandardCheck c : studios.standard(id)) {
            standard.row(c.item(), c.itemZh(), Formats.yesNo(c.met()), c.evidence(), c.checkedOn());
        }
        standard.print(out());
    }
}
