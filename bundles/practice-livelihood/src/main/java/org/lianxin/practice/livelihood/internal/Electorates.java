package org.lianxin.practice.livelihood.internal;

import org.lianxin.api.ConflictException;
import org.lianxin.practice.livelihood.api.ElectorateBody;

/**
 * Which way a round's votes are taken. The deputies of a DEPUTIES round vote over livelihood's REST; the
 * representatives of a COUNCIL round through the council practice, which knows who its representatives are. Asked the
 * other way, the answer is a 409 naming the endpoint to use.
 */
final class Electorates {
    static final String LIVELIHOOD_REST = "/api/v1/practices/livelihood/";
    static final String COUNCIL_REST = "/api/v1/practices/council/";

    private Electorates() {
    }

    /**
     * @param asked          the body the caller votes for: DEPUTIES from livelihood's REST, COUNCIL from the council
     * @param action         what is asked, in words ("open the vote")
     * @param livelihoodPath where a DEPUTIES round takes it, below {@value #LIVELIHOOD_REST}
     * @param councilPath    where a COUNCIL round takes it, below {@code councils/{councilId}/rounds/{roundId}/}
     * @throws ConflictException when the round is voted by the other body
     */
    static void require(long roundId, ElectorateBody body, Long councilId, ElectorateBody asked, String action,
            String livelihoodPath, String councilPath) {
        if (body == asked) {
            return;
        }
        if (body == ElectorateBody.COUNCIL) {
            throw new ConflictException("round " + roundId + " is voted by the voter representatives of council "
                    + councilId + " (选民议政会), not by deputies: " + action + " at " + COUNCIL_REST + "councils/"
                    + councilId + "/rounds/" + roundId + "/" + councilPath);
        }
        throw new ConflictException("round " + roundId + " is voted by the deputies (人大代表), not by a council's"
                + " representatives: " + action + " at " + LIVELIHOOD_REST + livelihoodPath);
    }
}
