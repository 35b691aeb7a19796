package org.lianxin.practice.livelihood.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A yearly round; vote figures once the vote is counted. {@code electorateBody} says who votes; for a COUNCIL round
 * {@code councilId} is the council whose representatives vote (null for DEPUTIES).
 */
public record Round(long id, long regionId, int year, String title, int places, ElectorateBody electorateBody, Long councilId, RoundStatus status, String statusZh, int proposals, int candidates, Review review, LocalDate sessionDate, Instant voteOpenedAt, Instant voteClosedAt, Integer electorate, Integer ballotsCast, BigDecimal turnout, Instant publishedAt, List<RoundAction> actions, String createdBy, Instant createdAt) {}
