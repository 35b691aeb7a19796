package org.lianxin.practice.livelihood.internal.model;

import java.time.LocalDate;

/** A supervision review. */
public record Supervision(long id, long projectId, LocalDate reviewedOn, String reviewer, String findings, Rating rating, String ratingZh) {}
