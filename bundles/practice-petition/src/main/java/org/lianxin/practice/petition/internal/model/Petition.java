package org.lianxin.practice.petition.internal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lianxin.api.dto.Category;

/**
 * A petition as a viewer sees it: the petitioner masked by the privacy class, its outcome and follow-up, the
 * duty records it gave the proxy deputy and the suggestion it became, and what can be done to it now.
 */
public record Petition(long id, long regionId, long deputyId, LocalDate receivedOn, Petitioner petitioner,
        Consent consent, PrivacyClass privacy, String subject, String content, Category category, Risk risk,
        PetitionStatus status, String statusZh, PetitionStatus conclusion, String outcome, LocalDate concludedOn,
        FollowUp followUp, Long resolvedDutyRecordId, List<Long> visitDutyRecordIds, Long suggestionId,
        List<PetitionAction> actions, String createdBy, Instant createdAt) {}
