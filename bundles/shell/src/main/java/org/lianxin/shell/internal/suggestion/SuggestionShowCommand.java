package org.lianxin.shell.internal.suggestion;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.DeputyService;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionEvent;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.Names;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.internal.completers.SuggestionRefCompleter;

@Service
@Command(scope = "suggestion", name = "show", description = "Shows a suggestion, what can be done to it now, and its audit trail")
public class SuggestionShowCommand extends SuggestionAction {

    @Reference
    RegionService regions;

    @Reference
    HandlingUnitService units;

    @Reference
    DeputyService deputies;

    @Argument(index = 0, name = "suggestion", description = "Suggestion id or ledger number", required = true)
    @Completion(SuggestionRefCompleter.class)
    String ref;

    @Override
    protected void run() {
        Suggestion s = resolve(ref);
        Names unitNames = new Names(id -> units.get(id).name());
        Names deputyNames = new Names(id -> deputies.get(id).name());
        Names regionNames = new Names(id -> {
            var r = regions.get(id);
            return r.name() + " (" + r.code() + ")";
        });
        new Details()
                .add("ID", s.id())
                .add("Ledger No", s.ledgerNo())
                .add("Kind", s.kind())
                .add("Category", s.category())
                .add("State", s.state())
                .add("Title", s.title())
                .add("Region", regionNames.of(s.regionId()))
                .add("Handled by", s.handlingRegionId() == s.regionId() ? null : regionNames.of(s.handlingRegionId()))
                .add("Route tier", s.routeTier())
                .add("Deputies", names(s.deputyIds(), deputyNames))
                .add("Station", s.stationId())
                .add("Opinions", Formats.join(s.opinionIds()))
                .add("Pre-assigned", s.preLeadUnitId() == null ? null
                        : unitNames.of(s.preLeadUnitId()) + co(s.preCoUnitIds(), unitNames))
                .add("Lead unit", s.leadUnitId() == null ? null : unitNames.of(s.leadUnitId()))
                .add("Co-units", names(s.coUnitIds(), unitNames))
                .add("Deadline", s.deadline() == null ? null
                        : s.deadline() + (s.deadlineRule() == null ? "" : " (" + s.deadlineRule() + ")")
                                + (s.overdue() ? "  OVERDUE" : ""))
                .add("Extension", s.extensionDays() == null ? null
                        : s.extensionDays() + " days requested: " + Formats.of(s.extensionReason()))
                .add("Result", s.resultClass())
                .add("Reply", s.replyText())
                .add("Replied", Formats.time(s.repliedAt()))
                .add("Rating", s.rating() == null ? null : s.rating() + " (" + s.ratings() + " taken)")
                .add("Supervised", s.supervised() ? "yes" + (s.overdueEscalated() ? " (escalated when overdue)" : "") : null)
                .add("Explanation", s.explanation())
                .add("Look-back", s.lookBack() ? "yes (B-class, not yet solved)" : null)
                .add("Solved", s.solved() ? "yes" : null)
                .add("Merged into", s.mergedIntoId())
                .add("Created", Formats.time(s.createdAt()))
                .add("Updated", Formats.time(s.updatedAt()))
                .add("Closed", Formats.time(s.closedAt()))
                .always("Allowed actions", Formats.join(suggestions.allowedActions(s.id()).stream()
                        .map(Enum::name).sorted().toList()))
                .print(out());
        if (s.content() != null && !s.content().isBlank()) {
            out().println();
            out().println(s.content().strip());
        }
        Page<SuggestionEvent> events = suggestions.events(s.id(), PageRequest.first());
        out().println();
        EventTable.of(events).print(out());
        out().println("events " + Paging.summary(events)
                + (events.total() > events.items().size() ? "; more with suggestion:events --offset" : ""));
    }

    private static String names(List<Long> ids, Names names) {
        return ids.stream().map(names::of).collect(Collectors.joining(", "));
    }

    private static String co(List<Long> ids, Names names) {
        return ids.isEmpty() ? "" : " + " + names(ids, names);
    }
}
