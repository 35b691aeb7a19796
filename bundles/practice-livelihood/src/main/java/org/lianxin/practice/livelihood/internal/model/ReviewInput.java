package org.lianxin.practice.livelihood.internal.model;

import java.time.LocalDate;

import org.lianxin.practice.livelihood.api.ReviewDecision;

/** The standing committee's review of the candidate list. */
public record ReviewInput(ReviewDecision decision, String note, LocalDate on) {}
