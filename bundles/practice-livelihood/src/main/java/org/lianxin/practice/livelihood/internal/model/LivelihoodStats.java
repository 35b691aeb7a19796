package org.lianxin.practice.livelihood.internal.model;

import java.math.BigDecimal;

/** The figures of a region's subtree; shares in %, money in yuan. */
public record LivelihoodStats(long rounds, long projectsChosen, long projectsFinished, BigDecimal budgetPlanned, BigDecimal budgetSpent, long electorate, long ballotsCast, BigDecimal turnout, long satisfactionVotes, BigDecimal satisfactionRate) {}
