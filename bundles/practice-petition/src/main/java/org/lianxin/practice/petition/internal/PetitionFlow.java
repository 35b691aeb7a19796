package org.lianxin.practice.petition.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.lianxin.api.StateConflictException;
import org.lianxin.practice.petition.internal.model.PetitionAction;
import org.lianxin.practice.petition.internal.model.PetitionStatus;

/**
 * The moves of a petition:
 * <pre>
 * REGISTERED --first step--> IN_PROGRESS --resolve--> RESOLVED   --follow-up--> CLOSED
 *                                        --unresolved--> UNRESOLVED --follow-up--> CLOSED
 *                                                        UNRESOLVED --resolve--> RESOLVED (a later breakthrough)
 * </pre>
 * Steps (reporting back included) and changes of risk are allowed until the petition is closed; a first step moves a
 * registered petition into progress. Concluding needs at least one step: a petition nobody acted on is not resolved.
 */
final class PetitionFlow {

    private PetitionFlow() {
    }

    static Set<PetitionAction> allowed(PetitionStatus status) {
        return switch (status) {
            case REGISTERED -> EnumSet.of(PetitionAction.STEP, PetitionAction.RISK);
            case IN_PROGRESS -> EnumSet.of(PetitionAction.STEP, PetitionAction.RISK, PetitionAction.RESOLVE,
                    PetitionAction.MARK_UNRESOLVED);
            case RESOLVED -> EnumSet.of(PetitionAction.STEP, PetitionAction.RISK, PetitionAction.FOLLOW_UP);
            case UNRESOLVED -> EnumSet.of(PetitionAction.STEP, PetitionAction.RISK, PetitionAction.RESOLVE,
                    PetitionAction.FOLLOW_UP);
            case CLOSED -> EnumSet.noneOf(PetitionAction.class);
        };
    }

    /**
     * The status after {@code action}.
     *
     * @throws StateConflictException naming the current status and the allowed actions when the status does not allow it
     */
    static PetitionStatus next(long petitionId, PetitionStatus status, PetitionAction action) {
        Set<PetitionAction> allowed = allowed(status);
        if (!allowed.contains(action)) {
            throw new StateConflictException(action + " is not allowed for petition " + petitionId + " in status "
                    + status + (status == PetitionStatus.REGISTERED && action != PetitionAction.FOLLOW_UP
                            ? " (record a step first)" : "")
                    + "; allowed: " + (allowed.isEmpty() ? "none"
                            : allowed.stream().map(Enum::name).collect(Collectors.joining(", "))),
                    status.name(), allowed.stream().map(Enum::name).toList());
        }
        return switch (action) {
            case STEP -> status == PetitionStatus.REGISTERED ? PetitionStatus.IN_PROGRESS : status;
            case RISK -> status;
            case RESOLVE -> PetitionStatus.RESOLVED;
            case MARK_UNRESOLVED -> PetitionStatus.UNRESOLVED;
            case FOLLOW_UP -> PetitionStatus.CLOSED;
        };
    }
}
