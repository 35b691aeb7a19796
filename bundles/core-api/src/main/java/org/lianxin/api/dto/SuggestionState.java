package org.lianxin.api.dto;

/**
 * States of the suggestion lifecycle (DOMAIN.md §3). The allowed actions of each state are defined by
 * core's state machine and readable per suggestion.
 */
public enum SuggestionState {
    /** 预提交: a draft raised before a session, awaiting the township's check. */
    PRE_SUBMITTED,
    /** Checked by the township, becomes formal at the session. */
    PRE_CHECKED,
    /** Registered with a ledger number, awaiting the deputy group's first review (初审). */
    REGISTERED,
    /** Returned to the deputy for rework, with a reason. */
    RETURNED,
    /** Merged into another suggestion as a duplicate (terminal; co-signers move to the target). */
    MERGED,
    /** Passed by the group, awaiting the township presidium / street committee review (within 7 days). */
    TOWNSHIP_REVIEW,
    /** Routed to the competent tier, awaiting assignment (3/5/3 days). */
    ROUTED,
    /** Lead and co-handling units drafted by the government office (预交办). */
    PRE_ASSIGNED,
    /** Assigned (交办), awaiting the lead unit's acceptance. */
    ASSIGNED,
    /** Accepted by the lead unit and being handled. */
    HANDLING,
    /** Replied with a result class, awaiting the deputy's evaluation. */
    REPLIED,
    /** Under key supervision (重点督办) after an UNSATISFIED rating or an overdue reply. */
    SUPERVISED,
    /** Still unsatisfied after supervision: the unit must explain, and the explanation is published. */
    EXPLANATION_REQUIRED,
    /** Replied and evaluated (办结). */
    COMPLETED,
    /** Explanation published after a second unsatisfied rating. */
    EXPLAINED,
    /** Closed (销号); B-class items stay on the look-back list until solved. */
    CLOSED;

    /** States whose items count as completed (办结) in the statistics. */
    public boolean isCompleted() {
        return this == COMPLETED || this == EXPLAINED || this == CLOSED;
    }

    /** States that leave the open ledger: merged items for good, closed ones except for look-back and secondary evaluation. */
    public boolean isFinal() {
        return this == MERGED || this == CLOSED;
    }
}
