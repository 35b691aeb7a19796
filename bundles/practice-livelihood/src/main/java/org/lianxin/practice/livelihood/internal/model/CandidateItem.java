package org.lianxin.practice.livelihood.internal.model;

import java.math.BigDecimal;

/** One candidate of the government's list: from a proposal (its texts are taken when not given) or new. */
public record CandidateItem(Long proposalId, String title, String description, BigDecimal budget, Integer beneficiaries) {}
