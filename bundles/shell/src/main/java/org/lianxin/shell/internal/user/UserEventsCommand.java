package org.lianxin.shell.internal.user;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.Page;
import org.lianxin.api.security.SecurityEvent;
import org.lianxin.api.security.UserService;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "user", name = "events", description = "The security audit: logins, failures, lock-outs, role"
        + " changes, exports; newest first")
public class UserEventsCommand extends PagedListAction {

    @Reference
    UserService users;

    @Option(name = "--user", description = "Only this username's events")
    String username;

    @Option(name = "--kind", description = "Only this kind, e.g. LOGIN_FAILED, LOCKED, ROLES_CHANGED, EXPORT")
    String kind;

    @Override
    protected void run() {
        Page<SecurityEvent> page = users.events(username, kind, Paging.request(offset, limit));
        TextTable table = new TextTable("When", "Kind", "User", "By", "From", "Detail");
        for (SecurityEvent e : page.items()) {
            table.row(e.at(), e.kind(), e.username(), e.actor(), e.source(), e.detail());
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
