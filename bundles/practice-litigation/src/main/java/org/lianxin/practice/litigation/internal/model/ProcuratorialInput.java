package org.lianxin.practice.litigation.internal.model;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.api.dto.Category;

/** A procuratorial suggestion to turn into a deputy suggestion of these deputies (lead proposer first). */
public record ProcuratorialInput(String procuratorate, String caseNo, String title, String content, Long regionId,
        Category category, List<Long> deputyIds, LocalDate issuedOn) {}
