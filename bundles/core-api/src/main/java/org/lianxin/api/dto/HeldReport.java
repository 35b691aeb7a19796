package org.lianxin.api.dto;

import java.time.LocalDate;

/** What happened at the report: when, in which form in the end, how many voters came, what was said. */
public record HeldReport(LocalDate heldOn, ReportForm form, int votersPresent, String summary) {}
