package org.lianxin.api.dto;

import java.time.Instant;

/**
 * A deputy's request to correct the register, tracked to its outcome. {@code recordId} is the record concerned
 * (none for an omission); {@code proposed} holds the facts as they should be (an error's corrected facts, an
 * omission's missing record); {@code resultRecordId} is the record the accepted correction wrote or changed.
 */
public record DutyCorrection(long id, long deputyId, CorrectionKind kind, Long recordId, String description,
        DutyDetails proposed, CorrectionStatus status, String resolution, String resolvedBy, Long resultRecordId,
        Instant createdAt, Instant resolvedAt) {}
