package org.lianxin.practice.petition.internal.model;

/** Filters of the petition list, each optional; {@code open} keeps petitions not defused yet. */
public record PetitionQuery(Long regionId, Long deputyId, PetitionStatus status, RiskLevel risk, Long suggestionId,
        Boolean open) {

    public static PetitionQuery all() {
        return new PetitionQuery(null, null, null, null, null, null);
    }
}
