package org.lianxin.practice.litigation.internal.model;

import java.time.LocalDate;

/** A pre-litigation procuratorial suggestion (诉前检察建议) issued to the unit that should act. */
public record PreLitigationInput(String addressee, String content, LocalDate on) {}
