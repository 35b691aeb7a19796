package org.lianxin.practice.livelihood.api;

import java.math.BigDecimal;

/** One candidate of the street office's list for a council round: budget in yuan, estimated beneficiaries. */
public record CandidateDraft(String title, String description, BigDecimal budget, Integer beneficiaries) {}
