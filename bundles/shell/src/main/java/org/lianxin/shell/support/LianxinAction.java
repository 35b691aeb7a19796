package org.lianxin.shell.support;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.ShellUtil;
import org.lianxin.api.LianxinException;
import org.lianxin.api.RegionService;

/**
 * Base of the console actions: runs {@link #run()} and turns the errors core reports into a one-line
 * {@link ConsoleRefusal}. Output goes to {@code System.out}/{@code System.err}, which Karaf binds to the session running
 * the command (so pipes such as {@code suggestion:list | grep 交通} work).
 */
public abstract class LianxinAction implements Action {

    @Reference
    protected Session session;

    protected abstract void run();

    @Override
    public Object execute() {
        try {
            run();
        } catch (LianxinException e) {
            // thrown, not printed: a remote client (bin/client, ssh exec) shows only what the shell reports
            throw new ConsoleRefusal(Errors.message(e));
        }
        return null;
    }

    protected PrintStream out() {
        return System.out;
    }

    protected PrintStream err() {
        return System.err;
    }

    /** The user name recorded in the audit trail. */
    protected String actor() {
        return Actor.of(ShellUtil::getCurrentUserName, session == null ? null : session.get("USER"));
    }

    /** The id of the region with this code, or null when no code is given. */
    protected static Long regionId(RegionService regions, String code) {
        return code == null || code.isBlank() ? null : regions.getByCode(code.trim()).id();
    }
}
