package org.lianxin.api.event;

/**
 * EventAdmin topics and properties of suggestion events. Core posts {@code lianxin/suggestion/<TO_STATE>}
 * after the transaction that made the change has committed.
 */
public final class SuggestionTopics {
    public static final String PREFIX = "lianxin/suggestion/";
    /** Subscribe to every suggestion event. */
    public static final String ALL = PREFIX + "*";

    public static final String SUGGESTION_ID = "suggestion.id";
    public static final String LEDGER_NO = "ledger.no";
    public static final String REGION_ID = "region.id";
    public static final String ACTION = "action";
    public static final String FROM_STATE = "from";
    public static final String TO_STATE = "to";
    public static final String ACTOR = "actor";
    public static final String REASON = "reason";
    public static final String EVENT_ID = "event.id";

    private SuggestionTopics() {
    }

    public static String topic(org.lianxin.api.dto.SuggestionState state) {
        return PREFIX + state.name();
    }
}
