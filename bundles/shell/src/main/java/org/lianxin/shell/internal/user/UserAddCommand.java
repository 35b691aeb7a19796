package org.lianxin.shell.internal.user;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "user", name = "add", description = "Creates a user with a one-time password, shown once")
public class UserAddCommand extends UserInputAction {

    @Argument(index = 0, name = "username", description = "Login name: a letter, then letters, digits, . _ -",
            required = true)
    String username;

    @Argument(index = 1, name = "name", description = "The person's name as shown", required = true)
    String displayName;

    @Override
    protected void run() {
        UserFormat.withPassword(users.create(input(username, displayName))).print(out());
    }
}
