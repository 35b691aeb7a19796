package org.lianxin.practice.litigation.internal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lianxin.api.dto.Category;

/** A procuratorial suggestion and the deputy suggestion it became ({@code suggestionId} null until delivered). */
public record Procuratorial(long id, String procuratorate, String caseNo, String title, String content, long regionId,
        Category category, List<Long> deputyIds, LocalDate issuedOn, Long suggestionId, Instant convertedAt,
        String createdBy, Instant createdAt) {}
