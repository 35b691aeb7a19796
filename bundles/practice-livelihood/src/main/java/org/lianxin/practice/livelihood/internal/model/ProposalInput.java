package org.lianxin.practice.livelihood.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A project proposed by the public or a deputy; budget in yuan. */
public record ProposalInput(ProposalSource source, String proposer, Long deputyId, String title, String description, BigDecimal budget, Integer beneficiaries, LocalDate proposedOn) {}
