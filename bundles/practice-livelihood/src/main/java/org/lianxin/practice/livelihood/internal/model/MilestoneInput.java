package org.lianxin.practice.livelihood.internal.model;

import java.time.LocalDate;

/** A milestone of a project; doneOn when reached. */
public record MilestoneInput(String title, LocalDate dueOn, LocalDate doneOn) {}
