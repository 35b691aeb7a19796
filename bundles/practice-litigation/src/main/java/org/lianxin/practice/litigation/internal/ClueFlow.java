package org.lianxin.practice.litigation.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.lianxin.api.ConflictException;
import org.lianxin.practice.litigation.internal.model.ClueAction;
import org.lianxin.practice.litigation.internal.model.ClueStatus;

/**
 * The life of a clue:
 * <pre>
 * TRANSFERRED --accept--> ACCEPTED --pre-litigation--> PRE_LITIGATION_SUGGESTION --rectified--> RECTIFIED
 *                                                                                --litigation--> LITIGATION --judged--> JUDGED
 * TRANSFERRED / ACCEPTED --decline--> DECLINED
 * </pre>
 * The procuratorate can accept only a clue handed over to it (its outbox row delivered).
 */
final class ClueFlow {

    private ClueFlow() {
    }

    static Set<ClueAction> allowed(ClueStatus status) {
        return switch (status) {
            case TRANSFERRED -> EnumSet.of(ClueAction.ACCEPT, ClueAction.DECLINE);
            case ACCEPTED -> EnumSet.of(ClueAction.PRE_LITIGATION, ClueAction.DECLINE);
            case PRE_LITIGATION_SUGGESTION -> EnumSet.of(ClueAction.RECTIFIED, ClueAction.LITIGATION);
            case LITIGATION -> EnumSet.of(ClueAction.JUDGED);
            case RECTIFIED, JUDGED, DECLINED -> EnumSet.noneOf(ClueAction.class);
        };
    }

    /** @throws ConflictException naming the status and what is allowed there */
    static ClueStatus next(long clueId, ClueStatus status, ClueAction action) {
        Set<ClueAction> allowed = allowed(status);
        if (!allowed.contains(action)) {
            throw new ConflictException(action + " is not allowed for clue " + clueId + " in status " + status
                    + "; allowed: " + (allowed.isEmpty() ? "none"
                            : allowed.stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
        return switch (action) {
            case ACCEPT -> ClueStatus.ACCEPTED;
            case PRE_LITIGATION -> ClueStatus.PRE_LITIGATION_SUGGESTION;
            case RECTIFIED -> ClueStatus.RECTIFIED;
            case LITIGATION -> ClueStatus.LITIGATION;
            case JUDGED -> ClueStatus.JUDGED;
            case DECLINE -> ClueStatus.DECLINED;
        };
    }
}
