package org.lianxin.shell.internal.suggestion;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionEvent;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.internal.completers.SuggestionRefCompleter;

@Service
@Command(scope = "suggestion", name = "events", description = "Shows the audit trail of a suggestion, oldest first")
public class SuggestionEventsCommand extends SuggestionAction {

    @Argument(index = 0, name = "suggestion", description = "Suggestion id or ledger number", required = true)
    @Completion(SuggestionRefCompleter.class)
    String ref;

    @Option(name = "--offset", description = "Rows to skip")
    int offset;

    @Option(name = "--limit", description = "Rows to show (1-500)")
    int limit = 50;

    @Override
    protected void run() {
        Suggestion s = resolve(ref);
        Page<SuggestionEvent> page = suggestions.events(s.id(), Paging.request(offset, limit));
        EventTable.of(page).print(out());
        out().println(Paging.summary(page));
    }
}
