package org.lianxin.shell.internal.user;

import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.lianxin.api.RegionService;
import org.lianxin.api.security.Role;
import org.lianxin.api.security.UserInput;
import org.lianxin.api.security.UserService;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.Parse;

/** What {@code user:add} and {@code user:update} share: roles and scope as options. */
abstract class UserInputAction extends LianxinAction {

    @Reference
    UserService users;

    @Reference
    RegionService regions;

    @Option(name = "--role", description = "A role (repeat for several): ADMIN, STAFF, LEADER, GROUP_LEADER, DEPUTY,"
            + " HANDLER, PROCURATORATE", required = true, multiValued = true)
    List<String> roles;

    @Option(name = "--region", description = "Code of the user's region (only a national ADMIN has none)")
    @Completion(RegionCodeCompleter.class)
    String region;

    @Option(name = "--unit", description = "The handling unit's id, for a HANDLER")
    Long unit;

    @Option(name = "--deputy", description = "The deputy's id, for a DEPUTY or GROUP_LEADER")
    Long deputy;

    UserInput input(String username, String displayName) {
        Set<Role> parsed = Parse.enumSet(Role.class, roles, "--role");
        return new UserInput(username, displayName, parsed, regionId(regions, region), unit, deputy);
    }
}
