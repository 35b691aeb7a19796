package org.lianxin.practice.livelihood.internal.model;

import java.math.BigDecimal;

/** A candidate; votes and elected once the result is published. */
public record Candidate(long id, long roundId, int seq, Long proposalId, String title, String description, BigDecimal budgetPlanned, int beneficiaries, Integer votes, Boolean elected) {}
