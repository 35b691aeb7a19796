package org.lianxin.api;

import java.util.Set;
import java.util.stream.Collectors;

import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.SuggestionState;

/** A lifecycle action that the suggestion's current state does not allow. */
public class IllegalTransitionException extends ConflictException {
    private static final long serialVersionUID = 1L;
    private final SuggestionState state;
    private final LifecycleAction action;
    private final Set<LifecycleAction> allowed;

    public IllegalTransitionException(SuggestionState state, LifecycleAction action, Set<LifecycleAction> allowed) {
        this(state, action, allowed, null);
    }

    public IllegalTransitionException(SuggestionState state, LifecycleAction action, Set<LifecycleAction> allowed,
            String why) {
        super(action + " is not allowed in state " + state + (why == null ? "" : " (" + why + ")")
                + "; allowed: " + (allowed.isEmpty() ? "none"
                        : allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
        this.state = state;
        this.action = action;
        this.allowed = Set.copyOf(allowed);
    }

    public SuggestionState state() {
        return state;
    }

    public LifecycleAction action() {
        return action;
    }

    public Set<LifecycleAction> allowed() {
        return allowed;
    }
}
