package org.lianxin.shell.internal.suggestion;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.shell.internal.completers.SuggestionRefCompleter;

@Service
@Command(scope = "suggestion", name = "supervise",
        description = "Puts a suggestion under key supervision (重点督办) led by a congress leader")
public class SuggestionSuperviseCommand extends SuggestionAction {

    @Argument(index = 0, name = "suggestion", description = "Suggestion id or ledger number", required = true)
    @Completion(SuggestionRefCompleter.class)
    String ref;

    @Option(name = "--leader", description = "The congress leader leading the supervision", required = true)
    String leader;

    @Option(name = "--reason", description = "Why it is supervised", required = true)
    String reason;

    @Override
    protected void run() {
        printOutcome(suggestions.supervise(resolve(ref).id(), leader, reason, actor()));
    }
}
