package org.lianxin.practice.petition.internal.model;

import java.time.LocalDate;

import org.lianxin.api.dto.Category;

/**
 * A petition taken on by the proxy deputy {@code deputyId} in {@code regionId}; {@code risk} optional (none),
 * {@code receivedOn} defaults to today.
 */
public record PetitionInput(Long regionId, Long deputyId, LocalDate receivedOn, PetitionerInput petitioner,
        ConsentInput consent, PrivacyClass privacy, String subject, String content, Category category,
        RiskInput risk) {}
