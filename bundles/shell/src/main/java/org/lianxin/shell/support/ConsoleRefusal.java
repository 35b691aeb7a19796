package org.lianxin.shell.support;

/**
 * A refusal from core as the console shows it: Karaf prints the message ("Error executing command: ...") on every
 * channel, including {@code bin/client} and ssh exec, and the command exits non-zero. No stack trace: the message
 * is the whole story.
 */
public final class ConsoleRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConsoleRefusal(String message) {
        super(message, null, false, false);
    }
}
