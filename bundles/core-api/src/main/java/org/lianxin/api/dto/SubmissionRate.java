package org.lianxin.api.dto;

import java.math.BigDecimal;

/** 提出率: of the region's active deputies, how many raised or co-signed at least one suggestion in the period. */
public record SubmissionRate(long deputies, long deputiesRaising, BigDecimal rate) {}
