package org.lianxin.practice.livelihood.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The count of a vote. */
public record Result(long roundId, int year, int places, int electorate, int ballotsCast, BigDecimal turnout, int majority, String rule, List<ResultRow> rows, boolean published, Instant publishedAt) {}
