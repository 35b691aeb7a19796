package org.lianxin.shell.internal.suggestion;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.shell.internal.completers.SuggestionRefCompleter;

@Service
@Command(scope = "suggestion", name = "close", description = "Closes a completed suggestion (销号)")
public class SuggestionCloseCommand extends SuggestionAction {

    @Argument(index = 0, name = "suggestion", description = "Suggestion id or ledger number", required = true)
    @Completion(SuggestionRefCompleter.class)
    String ref;

    @Override
    protected void run() {
        printOutcome(suggestions.close(resolve(ref).id(), actor()));
    }
}
