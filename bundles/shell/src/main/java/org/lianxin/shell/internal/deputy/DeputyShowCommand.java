package org.lianxin.shell.internal.deputy;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.DeputyGroupService;
import org.lianxin.api.DeputyService;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DeputySeat;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.Names;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "deputy", name = "show", description = "Shows a deputy with the seats they hold")
public class DeputyShowCommand extends LianxinAction {

    @Reference
    DeputyService deputies;

    @Reference
    RegionService regions;

    @Reference(optional = true)
    DeputyGroupService groups;

    @Argument(index = 0, name = "id", description = "Deputy id", required = true)
    long id;

    @Override
    protected void run() {
        Deputy d = deputies.get(id);
        Names regionNames = new Names(rid -> {
            var r = regions.get(rid);
            return r.name() + " (" + r.code() + ")";
        });
        Names groupNames = new Names(gid -> groups == null ? null : groups.get(gid).name());
        new Details()
                .add("ID", d.id())
                .add("Name", d.name())
                .add("Gender", d.gender())
                .add("Region", regionNames.of(d.regionId()))
                .add("Group", d.groupId() == null ? null : groupNames.of(d.groupId()) + " [" + d.groupId() + "]")
                .add("Specialty", d.specialty())
                .add("Term", d.term())
                .add("Status", d.status())
                .add("Phone", d.phone())
                .add("Constituency", d.constituency())
                .add("Directly elected", Formats.yesNo(d.directlyElected()))
                .add("Stations", Formats.join(d.stationIds()))
                .print(out());
        out().println();
        TextTable seats = new TextTable("Level", "Region", "Term");
        for (DeputySeat seat : d.seats()) {
            seats.row(seat.level(), regionNames.of(seat.regionId()), seat.term());
        }
        seats.print(out());
    }
}
