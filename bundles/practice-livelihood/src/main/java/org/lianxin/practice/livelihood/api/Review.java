package org.lianxin.practice.livelihood.api;

import java.time.LocalDate;

/** The standing committee's last decision. */
public record Review(ReviewDecision decision, String decisionZh, String note, LocalDate on) {}
