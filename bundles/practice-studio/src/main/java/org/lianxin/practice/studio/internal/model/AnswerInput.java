package org.lianxin.practice.studio.internal.model;

import java.time.LocalDate;

/** The answering deputy must be a member of the studio. */
public record AnswerInput(Long deputyId, String answer, LocalDate answeredOn) {}
