package org.lianxin.practice.livelihood.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A progress report. */
public record Progress(long id, long projectId, LocalDate reportedOn, int percentDone, BigDecimal budgetSpent, String note, String actor) {}
