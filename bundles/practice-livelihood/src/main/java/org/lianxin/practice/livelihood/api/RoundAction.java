package org.lianxin.practice.livelihood.api;

/** What can be done to a round; which ones its status allows is {@code RoundFlow}'s. */
public enum RoundAction {
    PROPOSE, DRAFT_CANDIDATES, REVIEW, OPEN_VOTE, CAST_BALLOT, CLOSE_VOTE, PUBLISH, TRACK,
    SATISFACTION_VOTE, CLOSE
}
