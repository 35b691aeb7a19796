package org.lianxin.api.dto;

import java.math.BigDecimal;

/**
 * The headline figures of a set of suggestions: the counts, and the rates computed from them as percentages with
 * two decimals (null when their denominator is zero). {@link org.lianxin.api.StatisticsService#definitions()}
 * says how each one is defined.
 */
public record Kpis(long raised, long completed, long solved, long replied, long classA, long classB, long classC,
        long evaluated, long satisfied, long basicallySatisfied, long unsatisfied, long repliedWithDeadline,
        long onTime, long overdueOpen, BigDecimal completionRate, BigDecimal successRate,
        BigDecimal satisfactionRate, BigDecimal aShare, BigDecimal bShare, BigDecimal cShare,
        BigDecimal onTimeRate) {}
