package org.lianxin.practice.council.internal.model;

import java.util.List;

/** One representative's secret ballot. */
public record CouncilBallotInput(Long representativeId, List<Long> candidateIds) {}
