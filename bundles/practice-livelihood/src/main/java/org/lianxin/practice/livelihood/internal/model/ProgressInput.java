package org.lianxin.practice.livelihood.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Progress reported: percent done (0-100; lower than before only with a note) and budget spent so far. */
public record ProgressInput(Integer percentDone, BigDecimal budgetSpent, String note, LocalDate on) {}
