package org.lianxin.shell.internal.suggestion;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.api.dto.SuggestionSort;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.shell.support.Names;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.internal.completers.CategoryCompleter;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;
import org.lianxin.shell.internal.completers.SuggestionStateCompleter;
import org.lianxin.shell.internal.completers.UnitIdCompleter;

@Service
@Command(scope = "suggestion", name = "list", description = "Lists the suggestion ledger (台账) with filters")
public class SuggestionListCommand extends SuggestionAction {

    @Reference
    RegionService regions;

    @Reference
    HandlingUnitService units;

    @Option(name = "--region", description = "Region code (raised or handled there, sub-regions included)")
    @Completion(RegionCodeCompleter.class)
    String region;

    @Option(name = "--state", multiValued = true, description = "State; repeat or separate with commas for several")
    @Completion(SuggestionStateCompleter.class)
    List<String> states;

    @Option(name = "--unit", description = "Lead or co-handling unit id")
    @Completion(UnitIdCompleter.class)
    Long unit;

    @Option(name = "--deputy", description = "Proposing deputy id")
    Long deputy;

    @Option(name = "--category", description = "Category, e.g. INFRASTRUCTURE")
    @Completion(CategoryCompleter.class)
    String category;

    @Option(name = "--text", description = "Part of the title or the ledger number")
    String text;

    @Option(name = "--overdue", description = "Only items past their deadline")
    boolean overdue;

    @Option(name = "--sort", description = "NEWEST (default) or DEADLINE (running items first, nearest deadline first)")
    String sort;

    @Option(name = "--offset", description = "Rows to skip")
    int offset;

    @Option(name = "--limit", description = "Rows to show (1-500)")
    int limit = 50;

    @Override
    protected void run() {
        SuggestionQuery query = new SuggestionQuery(regionId(regions, region), true,
                Parse.enumSet(SuggestionState.class, states, "--state"), unit, deputy,
                Parse.enumValue(Category.class, category, "--category"), null, overdue ? Boolean.TRUE : null,
                null, null, null, null, text == null || text.isBlank() ? null : text.trim(),
                Parse.enumValue(SuggestionSort.class, sort, "--sort"));
        Page<Suggestion> page = suggestions.list(query, Paging.request(offset, limit));
        Names unitNames = new Names(id -> units.get(id).name());
        SuggestionTable.ledger(page, unitNames::of).print(out());
        out().println(Paging.summary(page));
    }
}
