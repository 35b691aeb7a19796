package org.lianxin.api.dto;

import java.time.LocalDate;

/** Filters of the duty register; every one is optional. {@code regionId} includes its sub-regions. */
public record DutyQuery(Long deputyId, Long regionId, DutyKind kind, DutyStatus status, DutySource source,
        LocalDate from, LocalDate to) {

    public static DutyQuery all() {
        return new DutyQuery(null, null, null, null, null, null, null);
    }
}
