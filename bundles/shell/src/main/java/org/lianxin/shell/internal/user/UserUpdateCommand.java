package org.lianxin.shell.internal.user;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.security.User;

@Service
@Command(scope = "user", name = "update", description = "Gives a user new roles and scope (audited)")
public class UserUpdateCommand extends UserInputAction {

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Option(name = "--name", description = "A new display name (default: unchanged)")
    String displayName;

    @Override
    protected void run() {
        User u = users.getByUsername(username);
        UserFormat.details(users.update(u.id(), input(null, displayName == null ? u.displayName() : displayName)))
                .print(out());
    }
}
