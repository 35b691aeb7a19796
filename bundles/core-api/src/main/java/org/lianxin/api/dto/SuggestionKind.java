package org.lianxin.api.dto;

/** A formal suggestion raised at a congress session, an opinion raised between sessions, or a motion. */
public enum SuggestionKind {
    SESSION_SUGGESTION, INTER_SESSION_OPINION, MOTION;
}
