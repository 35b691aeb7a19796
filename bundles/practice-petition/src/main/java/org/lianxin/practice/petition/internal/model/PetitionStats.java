package org.lianxin.practice.petition.internal.model;

import java.math.BigDecimal;

/**
 * A region's petition figures. {@code resolutionRate} = resolved / concluded in percent, where concluded counts
 * the petitions with an outcome (resolved or unresolved, closed after follow-up or not) and resolved those whose
 * outcome was resolved; {@code satisfiedShare} = follow-ups with the petitioner satisfied / follow-ups. Both have
 * two decimals and are null when there is nothing to divide by.
 */
public record PetitionStats(long takenOn, long open, long openHighRisk, long concluded, long resolved,
        long unresolved, BigDecimal resolutionRate, long followUps, long satisfied, BigDecimal satisfiedShare,
        long closed, long suggestions) {}
