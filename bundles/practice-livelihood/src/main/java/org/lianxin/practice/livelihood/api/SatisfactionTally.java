package org.lianxin.practice.livelihood.api;

import java.math.BigDecimal;

/** The year-end satisfaction vote on a project; rate = (satisfied + basically) / votes, in %. */
public record SatisfactionTally(long projectId, long votes, long satisfied, long basicallySatisfied, long unsatisfied, BigDecimal satisfactionRate) {}
