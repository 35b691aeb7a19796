package org.lianxin.api.dto;

import java.math.BigDecimal;

/** A line of a ranking; equal totals share a rank; {@code reminder} marks the bottom flagged for a reminder talk. */
public record RankedScore(int rank, long deputyId, String name, long regionId, Long groupId, BigDecimal total,
        Grade grade, boolean reminder) {}
