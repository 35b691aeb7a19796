package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One entry of a suggestion's audit trail: who did what, when, from which state to which, and why. */
public record SuggestionEvent(long id, long suggestionId, Instant at, String actor, LifecycleAction action, SuggestionState fromState, SuggestionState toState, String reason, Map<String, String> data) {
    public SuggestionEvent {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
