package org.lianxin.shell.internal.user;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.api.security.Role;
import org.lianxin.api.security.User;
import org.lianxin.api.security.UserService;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;
import org.lianxin.shell.support.PagedListAction;
import org.lianxin.shell.support.Paging;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.support.TextTable;

@Service
@Command(scope = "user", name = "list", description = "Lists users of your region and below, with roles and scope")
public class UserListCommand extends PagedListAction {

    @Reference
    UserService users;

    @Reference
    RegionService regions;

    @Option(name = "--region", description = "Code of a region: its users and those below it")
    @Completion(RegionCodeCompleter.class)
    String region;

    @Option(name = "--role", description = "Only users with this role")
    String role;

    @Option(name = "--name", description = "Part of the username or display name")
    String name;

    @Override
    protected void run() {
        Page<User> page = users.list(regionId(regions, region), Parse.enumValue(Role.class, role, "--role"), name,
                Paging.request(offset, limit));
        TextTable table = new TextTable("ID", "Username", "Name", "Roles", "Region", "Unit", "Deputy", "State")
                .alignRight(0);
        for (User u : page.items()) {
            table.row(u.id(), u.username(), u.displayName(), u.roles(), u.regionName() == null ? "(all)"
                    : u.regionName(), u.unitId(), u.deputyId(), UserFormat.state(u));
        }
        table.print(out());
        out().println(Paging.summary(page));
    }
}
