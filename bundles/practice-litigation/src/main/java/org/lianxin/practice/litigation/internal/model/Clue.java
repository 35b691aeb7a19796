package org.lianxin.practice.litigation.internal.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A clue as it stands, with its suggestion (the link back to the deputy side) and the hand-off to the procuratorate
 * ({@code handedOverAt} null while the outbox row is pending).
 */
public record Clue(long id, long suggestionId, long regionId, Harm harm, String harmZh, String note, ClueStatus status,
        List<ClueAction> allowed, Instant handedOverAt, String procuratorate, String caseNo, LocalDate acceptedOn,
        String addressee, LocalDate suggestionIssuedOn, String suggestionContent, String court, LocalDate filedOn,
        String outcome, LocalDate concludedOn, BigDecimal amountRecovered, String declineReason, String createdBy,
        Instant createdAt, Instant updatedAt) {}
