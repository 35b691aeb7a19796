package org.lianxin.practice.livelihood.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.lianxin.api.ConflictException;
import org.lianxin.practice.livelihood.api.RoundAction;
import org.lianxin.practice.livelihood.api.RoundStatus;

/**
 * The moves of a round:
 * <pre>
 * COLLECTING --draft candidates--> CANDIDATES_DRAFTED --review approved--> REVIEWED --open vote--> VOTING
 *            (review returned: stays CANDIDATES_DRAFTED, redraft)
 * VOTING --close vote (count)--> COUNTED --publish--> RESULT_PUBLISHED --first tracking entry--> TRACKING --close--> CLOSED
 * </pre>
 * Proposals are taken while COLLECTING; ballots while VOTING; milestones, progress and supervision reviews once the
 * result is published; the year-end satisfaction vote while TRACKING.
 */
final class RoundFlow {

    private RoundFlow() {
    }

    static Set<RoundAction> allowed(RoundStatus status) {
        return switch (status) {
            case COLLECTING -> EnumSet.of(RoundAction.PROPOSE, RoundAction.DRAFT_CANDIDATES);
            case CANDIDATES_DRAFTED -> EnumSet.of(RoundAction.DRAFT_CANDIDATES, RoundAction.REVIEW);
            case REVIEWED -> EnumSet.of(RoundAction.OPEN_VOTE);
            case VOTING -> EnumSet.of(RoundAction.CAST_BALLOT, RoundAction.CLOSE_VOTE);
            case COUNTED -> EnumSet.of(RoundAction.PUBLISH);
            case RESULT_PUBLISHED -> EnumSet.of(RoundAction.TRACK);
            case TRACKING -> EnumSet.of(RoundAction.TRACK, RoundAction.SATISFACTION_VOTE, RoundAction.CLOSE);
            case CLOSED -> EnumSet.noneOf(RoundAction.class);
        };
    }

    /**
     * The status after {@code action}; a review's outcome is {@code approved}.
     *
     * @throws ConflictException naming the round, its status and the allowed actions when the status does not allow it
     */
    static RoundStatus next(long roundId, RoundStatus status, RoundAction action, boolean approved) {
        Set<RoundAction> allowed = allowed(status);
        if (!allowed.contains(action)) {
            throw new ConflictException(action + " is not allowed for round " + roundId + " in status " + status
                    + "; allowed: " + (allowed.isEmpty() ? "none"
                            : allowed.stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
        return switch (action) {
            case PROPOSE, CAST_BALLOT, SATISFACTION_VOTE -> status;
            case DRAFT_CANDIDATES -> RoundStatus.CANDIDATES_DRAFTED;
            case REVIEW -> approved ? RoundStatus.REVIEWED : RoundStatus.CANDIDATES_DRAFTED;
            case OPEN_VOTE -> RoundStatus.VOTING;
            case CLOSE_VOTE -> RoundStatus.COUNTED;
            case PUBLISH -> RoundStatus.RESULT_PUBLISHED;
            case TRACK -> RoundStatus.TRACKING;
            case CLOSE -> RoundStatus.CLOSED;
        };
    }

    static RoundStatus next(long roundId, RoundStatus status, RoundAction action) {
        return next(roundId, status, action, true);
    }
}
