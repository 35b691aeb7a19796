package org.lianxin.practice.livelihood.internal.model;

import java.time.LocalDate;

/** A milestone of a project. */
public record Milestone(long id, long projectId, String title, LocalDate dueOn, LocalDate doneOn) {}
