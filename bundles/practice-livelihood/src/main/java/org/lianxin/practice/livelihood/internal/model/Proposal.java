package org.lianxin.practice.livelihood.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A proposed project. */
public record Proposal(long id, long roundId, ProposalSource source, String sourceZh, String proposer, Long deputyId, String title, String description, BigDecimal budget, Integer beneficiaries, LocalDate proposedOn) {}
