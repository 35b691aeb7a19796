package org.lianxin.practice.livelihood.internal.model;

import java.util.List;

/** One deputy's ballot: at most places distinct candidates approved. */
public record BallotInput(Long deputyId, List<Long> candidateIds) {}
