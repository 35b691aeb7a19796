package org.lianxin.practice.studio.internal.model;

import java.time.LocalDate;

/** An opinion a studio collected; it lives in core as opinion {@code opinionId} and may become {@code suggestionId}. */
public record StudioOpinion(long id, long studioId, long deputyId, LocalDate receivedOn, String content, long opinionId,
        String receiptNo, Long suggestionId, OpinionOutcome outcome) {}
