package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;

/** A representative leaving: the date (default today) and why. */
public record LeaveInput(LocalDate leftOn, String reason) {}
