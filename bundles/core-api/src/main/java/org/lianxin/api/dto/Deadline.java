package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A deadline and how it was computed: the rule, its period, and the non-working days the clock skipped or counted. */
public record Deadline(LocalDate start, LocalDate due, ClockRule rule, String period, boolean workingDays, List<LocalDate> skippedDays) {
    public Deadline {
        skippedDays = List.copyOf(skippedDays);
    }
}
