package org.lianxin.practice.litigation.internal.model;

import java.time.Instant;

/** A hand-off row as staff see it. */
public record OutboxItem(long id, OutboxKind kind, Long clueId, Long procuratorialId, long regionId,
        OutboxStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
        Instant sentAt) {}
