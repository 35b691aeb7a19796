package org.lianxin.practice.livelihood.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.lianxin.practice.livelihood.api.SatisfactionTally;

/** A chosen project and where it stands. */
public record Project(long id, long roundId, long regionId, int year, String title, String description, BigDecimal budgetPlanned, BigDecimal budgetSpent, int percentDone, LocalDate finishedOn, int votes, int milestones, int milestonesDone, int reviews, SatisfactionTally satisfaction) {}
