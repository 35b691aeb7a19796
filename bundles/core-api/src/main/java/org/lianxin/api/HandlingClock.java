package org.lianxin.api;

import java.time.LocalDate;

import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.Deadline;
import org.lianxin.api.dto.SuggestionKind;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one service that computes deadlines. Periods come from configuration per region (falling back to the
 * parent region, then to the defaults of {@link ClockRule}); working days skip weekends and holidays and count
 * make-up working days (调休).
 */
@ProviderType
public interface HandlingClock {

    /** The deadline of {@code rule} for an item of {@code kind} in {@code regionId}, starting on {@code start}. */
    Deadline deadline(ClockRule rule, long regionId, SuggestionKind kind, LocalDate start);

    /** The rule of the handling deadline: inter-session one unit / several units, or the session rule. */
    ClockRule handlingRule(SuggestionKind kind, int unitCount);

    /** The latest date extensions can move a handling deadline to. */
    LocalDate handlingLimit(long regionId, SuggestionKind kind, int unitCount, LocalDate assignedOn);

    boolean isWorkingDay(LocalDate day);

    /** Today in the platform's time zone (Asia/Shanghai by default). */
    LocalDate today();
}
