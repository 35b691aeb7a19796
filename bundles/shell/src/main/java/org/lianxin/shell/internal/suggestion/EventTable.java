package org.lianxin.shell.internal.suggestion;

import java.util.stream.Collectors;

import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.SuggestionEvent;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.TextTable;
import org.lianxin.shell.support.WideText;

/** A page of a suggestion's audit trail as a table. */
public final class EventTable {

    private EventTable() {
    }

    public static TextTable of(Page<SuggestionEvent> page) {
        TextTable table = new TextTable("At", "Actor", "Action", "From", "To", "Reason", "Data");
        for (SuggestionEvent e : page.items()) {
            String data = e.data().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(d -> d.getKey() + "=" + d.getValue()).collect(Collectors.joining(" "));
            table.row(Formats.time(e.at()), e.actor(), e.action(), e.fromState(), e.toState(),
                    WideText.truncate(e.reason(), 40), WideText.truncate(data, 40));
        }
        return table;
    }
}
