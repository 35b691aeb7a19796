package org.lianxin.practice.livelihood.internal.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A yearly round; vote figures once the vote is counted. */
public record Round(long id, long regionId, int year, String title, int places, RoundStatus status, String statusZh, int proposals, int candidates, Review review, LocalDate sessionDate, Instant voteOpenedAt, Instant voteClosedAt, Integer electorate, Integer ballotsCast, BigDecimal turnout, Instant publishedAt, List<RoundAction> actions, String createdBy, Instant createdAt) {}
