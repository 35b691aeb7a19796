package org.lianxin.shell.internal.suggestion;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Assignment;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.shell.internal.completers.SuggestionRefCompleter;
import org.lianxin.shell.internal.completers.UnitIdCompleter;

@Service
@Command(scope = "suggestion", name = "assign",
        description = "Assigns a suggestion to a lead unit and co-handling units (交办), or confirms its pre-assignment")
public class SuggestionAssignCommand extends SuggestionAction {

    @Argument(index = 0, name = "suggestion", description = "Suggestion id or ledger number", required = true)
    @Completion(SuggestionRefCompleter.class)
    String ref;

    @Argument(index = 1, name = "leadUnitId", description = "Lead unit id (omit with --confirm)")
    @Completion(UnitIdCompleter.class)
    Long lead;

    @Argument(index = 2, name = "coUnitIds", description = "Co-handling unit ids", multiValued = true)
    @Completion(UnitIdCompleter.class)
    List<Long> coUnits;

    @Option(name = "--confirm", description = "Confirm the pre-assignment (预交办) as it stands")
    boolean confirm;

    @Override
    protected void run() {
        Assignment assignment = assignment(confirm, lead, coUnits);
        Suggestion s = suggestions.assign(resolve(ref).id(), assignment, actor());
        printOutcome(s);
    }

    /** Null confirms the pre-assignment; otherwise the units given. */
    static Assignment assignment(boolean confirm, Long lead, List<Long> coUnits) {
        boolean unitsGiven = lead != null || (coUnits != null && !coUnits.isEmpty());
        if (confirm && unitsGiven) {
            throw new ValidationException("--confirm", "confirms the pre-assignment; give no unit ids with it");
        }
        if (!confirm && lead == null) {
            throw new ValidationException("leadUnitId", "is required (or --confirm to confirm the pre-assignment)");
        }
        return confirm ? null : new Assignment(lead, coUnits);
    }
}
