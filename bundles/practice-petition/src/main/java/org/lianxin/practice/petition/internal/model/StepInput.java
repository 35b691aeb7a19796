package org.lianxin.practice.petition.internal.model;

import java.time.LocalDate;

/** A step the deputy took; {@code takenOn} defaults to today. */
public record StepInput(StepKind kind, String note, LocalDate takenOn) {}
