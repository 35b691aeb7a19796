package org.lianxin.practice.council.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.council.internal.Meetings;
import org.lianxin.practice.council.internal.model.Meeting;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.TextTable;
import org.lianxin.shell.support.WideText;

@Service
@Command(scope = "council", name = "meetings", description = "Lists a council's meetings, newest first: held (minutes recorded) or planned, the street office's report heard")
public class MeetingsCommand extends PagedListAction {

    @Reference
    Meetings meetings;

    @Argument(index = 0, name = "council", description = "Council id", required = true)
    long id;

    @Option(name = "--year", description = "One year")
    Integer year;

    @Override
    protected void run() {
        Page<Meeting> page = meetings.list(id, year, Paging.request(offset, limit));
        TextTable table = new TextTable("ID", "Date", "Kind", "Topic", "Present", "Held", "Counts", "Office report")
                .alignRight(0, 4);
        for (Meeting m : page.items()) {
            table.row(m.id(), m.heldOn(), m.kindZh(), WideText.truncate(m.topic(), 40), m.present(),
                    Formats.yesNo(m.held()), Formats.yesNo(m.counts()),
                    m.report() == null ? "" : WideText.truncate(m.report().title(), 30));
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
