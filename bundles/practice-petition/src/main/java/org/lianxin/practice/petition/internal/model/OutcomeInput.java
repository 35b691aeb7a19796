package org.lianxin.practice.petition.internal.model;

import java.time.LocalDate;

/** How the petition ended (resolved or not); {@code concludedOn} defaults to today. */
public record OutcomeInput(String outcome, LocalDate concludedOn) {}
