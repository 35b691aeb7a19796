package org.lianxin.practice.livelihood.internal.model;

import java.time.LocalDate;

/** A supervision review of a project (三评一问). */
public record SupervisionInput(LocalDate on, String reviewer, String findings, Rating rating) {}
