package org.lianxin.shell.internal.suggestion;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.shell.support.LianxinAction;

/** Base of the suggestion commands. */
public abstract class SuggestionAction extends LianxinAction {

    @Reference
    protected SuggestionService suggestions;

    protected Suggestion resolve(String ref) {
        return SuggestionRef.resolve(ref, suggestions::get, suggestions::getByLedgerNo);
    }

    /** The line printed after a lifecycle action: where the suggestion stands now. */
    protected void printOutcome(Suggestion s) {
        out().println(SuggestionRef.label(s) + " is now " + s.state()
                + (s.deadline() == null ? "" : ", due " + s.deadline()
                        + (s.deadlineRule() == null ? "" : " (" + s.deadlineRule() + ")")));
    }
}
