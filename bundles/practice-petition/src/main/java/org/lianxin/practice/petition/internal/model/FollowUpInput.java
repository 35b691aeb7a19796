package org.lianxin.practice.petition.internal.model;

import java.time.LocalDate;

/** The return visit after the outcome (回访); {@code on} defaults to today. */
public record FollowUpInput(LocalDate on, Boolean satisfied, String note) {}
