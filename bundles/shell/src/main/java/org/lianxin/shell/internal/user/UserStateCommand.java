package org.lianxin.shell.internal.user;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.security.User;
import org.lianxin.api.security.UserService;
import org.lianxin.shell.support.LianxinAction;

/** The account's state: one command per change, each audited by the user service. */
public final class UserStateCommand {
    private UserStateCommand() {
    }

    abstract static class ByName extends LianxinAction {
        @Reference
        UserService users;

        @Argument(index = 0, name = "username", required = true)
        String username;

        User user() {
            return users.getByUsername(username);
        }
    }

    @Service
    @Command(scope = "user", name = "disable", description = "Disables a user: no login, their tokens end at once")
    public static class Disable extends ByName {
        @Override
        protected void run() {
            UserFormat.details(users.setEnabled(user().id(), false)).print(out());
        }
    }

    @Service
    @Command(scope = "user", name = "enable", description = "Enables a disabled user again")
    public static class Enable extends ByName {
        @Override
        protected void run() {
            UserFormat.details(users.setEnabled(user().id(), true)).print(out());
        }
    }

    @Service
    @Command(scope = "user", name = "unlock", description = "Lifts a lock-out after failed logins")
    public static class Unlock extends ByName {
        @Override
        protected void run() {
            UserFormat.details(users.unlock(user().id())).print(out());
        }
    }

    @Service
    @Command(scope = "user", name = "reset-password", description = "A new one-time password, shown once")
    public static class ResetPassword extends ByName {
        @Override
        protected void run() {
            UserFormat.withPassword(users.resetPassword(user().id())).print(out());
        }
    }
}
