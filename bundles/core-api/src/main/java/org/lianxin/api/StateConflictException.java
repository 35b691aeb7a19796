package org.lianxin.api;

import java.util.List;

/**
 * An action that the current state of something does not allow, for states that are not core's suggestion states
 * (a petition's, a voting round's): the answer carries the state and the allowed actions as {@link
 * IllegalTransitionException} does for suggestions (409 with {@code state} and {@code allowed}).
 */
public class StateConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;
    private final String state;
    private final List<String> allowed;

    public StateConflictException(String message, String state, List<String> allowed) {
        super(message);
        this.state = state;
        this.allowed = List.copyOf(allowed);
    }

    public String state() {
        return state;
    }

    public List<String> allowed() {
        return allowed;
    }
}
