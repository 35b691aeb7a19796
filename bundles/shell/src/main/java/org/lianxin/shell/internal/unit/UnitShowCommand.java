package org.lianxin.shell.internal.unit;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.RegionService;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.HandlingUnit;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.internal.completers.UnitIdCompleter;

@Service
@Command(scope = "unit", name = "show", description = "Shows a handling unit and how many suggestions it holds")
public class UnitShowCommand extends LianxinAction {

    @Reference
    HandlingUnitService units;

    @Reference
    RegionService regions;

    @Reference
    SuggestionService suggestions;

    @Argument(index = 0, name = "id", description = "Unit id", required = true)
    @Completion(UnitIdCompleter.class)
    long id;

    @Override
    protected void run() {
        HandlingUnit u = units.get(id);
        Region region = regions.get(u.regionId());
        new Details()
                .add("ID", u.id())
                .add("Code", u.code())
                .add("Name", u.name())
                .add("Region", region.name() + " (" + region.code() + ")")
                .add("Contact", u.contact())
                .always("Suggestions", count(null))
                .always("Overdue", count(Boolean.TRUE))
                .print(out());
    }

    /** Suggestions where the unit leads or co-handles, counted by the service (one row fetched). */
    private long count(Boolean overdue) {
        SuggestionQuery q = new SuggestionQuery(null, true, null, id, null, null, null, overdue, null, null, null,
                null, null);
        return suggestions.list(q, PageRequest.of(0, 1)).total();
    }
}
