package org.lianxin.practice.litigation.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How it ended: the unit rectified, or the court judged; the amount recovered in yuan, when there is one. */
public record OutcomeInput(String outcome, BigDecimal amountRecovered, LocalDate on) {}
