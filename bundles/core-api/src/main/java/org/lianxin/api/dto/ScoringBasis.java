package org.lianxin.api.dto;

/** What a scoring item counts. */
public enum ScoringBasis {
    /** Approved duty records of the item's kinds, each worth {@code points} times its variant's weight. */
    RECORDS,
    /** The whole {@code cap} once the deputy has at least {@code min} approved records of the kinds (attendance). */
    PRESENCE,
    /** Suggestions registered in the period with the deputy as first signer (领衔). */
    SUGGESTIONS_LED,
    /** The deputy's suggestions replied class A in the period. */
    SUGGESTIONS_ADOPTED,
    /** The deputy's suggestions whose reply was rated satisfied or basically satisfied in the period. */
    SUGGESTIONS_SATISFIED,
    /** The whole {@code cap} when a report to voters held in the period was approved by at least {@code min}% of the voters rating it. */
    REPORT_APPROVAL;
}
