package org.lianxin.api.dto;

import java.time.LocalDate;

/** A duty record as a deputy or staff enter it; {@code evidence} says what proves it (minutes, photos, sign-in). */
public record DutyRecordInput(long deputyId, DutyKind kind, LocalDate date, String place, Long stationId,
        String participants, String evidence) {}
