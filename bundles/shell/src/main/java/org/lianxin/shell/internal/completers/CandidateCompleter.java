package org.lianxin.shell.internal.completers;

import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;

/** A completer offering values with descriptions (shown next to each value when completing). */
public abstract class CandidateCompleter implements Completer {

    /** Values for the word typed so far, in order, each with its description (or null). */
    protected abstract Map<String, String> candidates(String typed);

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = typed(commandLine);
        safeCandidates(typed).keySet().stream().filter(v -> v.startsWith(typed)).forEach(candidates::add);
        return candidates.isEmpty() ? -1 : commandLine.getBufferPosition() - commandLine.getArgumentPosition();
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        safeCandidates(typed(commandLine)).forEach(
                (value, description) -> candidates.add(new Candidate(value, value, null, description, null, null, true)));
    }

    /** Completion never fails the console: when core cannot answer there is simply nothing to offer. */
    private Map<String, String> safeCandidates(String typed) {
        try {
            return candidates(typed);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    static String typed(CommandLine commandLine) {
        String arg = commandLine.getCursorArgument();
        if (arg == null) {
            return "";
        }
        return arg.substring(0, Math.min(arg.length(), Math.max(0, commandLine.getArgumentPosition())));
    }
}
