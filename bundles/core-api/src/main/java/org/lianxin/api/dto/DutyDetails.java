package org.lianxin.api.dto;

import java.time.LocalDate;

/** The facts of a duty record without its deputy: what a correction request proposes. */
public record DutyDetails(DutyKind kind, LocalDate date, String place, Long stationId, String participants,
        String evidence) {}
