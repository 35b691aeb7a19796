package org.lianxin.practice.litigation.internal.model;

import java.math.BigDecimal;

/** The litigation figures of a region subtree. */
public record LitigationStats(long cluesTransferred, long accepted, long preLitigationSuggestions, long rectified,
        long litigationCases, long judged, long declined, BigDecimal amountRecovered, long procuratorialReceived,
        long procuratorialConverted, long outboxPending, long outboxFailed) {}
