package org.lianxin.practice.council.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.council.internal.Items;
import org.lianxin.practice.council.internal.model.Item;
import org.lianxin.practice.council.internal.model.ItemStatus;
import org.lianxin.shell.support.Formats;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.support.TextTable;
import org.lianxin.shell.support.WideText;

@Service
@Command(scope = "council", name = "items", description = "Lists a council's items through 选、分、督、评 with the core opinion and suggestion they are linked to")
public class ItemsCommand extends PagedListAction {

    @Reference
    Items items;

    @Argument(index = 0, name = "council", description = "Council id", required = true)
    long id;

    @Option(name = "--status", description = "SELECTED, SORTED, SUPERVISING or EVALUATED")
    String status;

    @Override
    protected void run() {
        Page<Item> page = items.list(id, Parse.enumValue(ItemStatus.class, status, "--status"), null,
                Paging.request(offset, limit));
        TextTable table = new TextTable("ID", "Selected", "Title", "By", "Status", "Route", "Receipt", "Suggestion",
                "State", "Handled", "Rating", "Next").alignRight(0);
        for (Item i : page.items()) {
            table.row(i.id(), i.selectedOn(), WideText.truncate(i.title(), 30), i.representativeName(),
                    i.status() + " " + i.statusZh(), i.route() == null ? "" : i.route().zh(), i.receiptNo(),
                    i.ledgerNo(), i.suggestionState(), Formats.yesNo(i.handled()), i.rating(),
                    Formats.join(i.actions()));
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
