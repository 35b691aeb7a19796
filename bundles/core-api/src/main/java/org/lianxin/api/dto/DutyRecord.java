package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a deputy's duty register. {@code sourceRef} names what an automatic record was written from
 * (e.g. {@code suggestion:12}), so it is never written twice.
 */
public record DutyRecord(long id, long deputyId, long regionId, DutyKind kind, LocalDate date, String place,
        Long stationId, String participants, String evidence, DutySource source, String sourceRef, DutyStatus status,
        String reviewNote, String reviewedBy, String createdBy, Instant createdAt) {}
