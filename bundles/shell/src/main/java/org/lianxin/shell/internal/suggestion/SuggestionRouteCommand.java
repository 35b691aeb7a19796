package org.lianxin.shell.internal.suggestion;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.RouteTier;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.internal.completers.RouteTierCompleter;
import org.lianxin.shell.internal.completers.SuggestionRefCompleter;

@Service
@Command(scope = "suggestion", name = "route",
        description = "Routes a suggestion to the competent tier (分级处理): TOWNSHIP, COUNTY or CITY")
public class SuggestionRouteCommand extends SuggestionAction {

    @Argument(index = 0, name = "suggestion", description = "Suggestion id or ledger number", required = true)
    @Completion(SuggestionRefCompleter.class)
    String ref;

    @Argument(index = 1, name = "tier", description = "TOWNSHIP, COUNTY or CITY", required = true)
    @Completion(RouteTierCompleter.class)
    String tier;

    @Override
    protected void run() {
        RouteTier routeTier = Parse.enumValue(RouteTier.class, tier, "tier");
        if (routeTier == null) {
            throw new ValidationException("tier", "is required");
        }
        printOutcome(suggestions.route(resolve(ref).id(), routeTier, actor()));
    }
}
