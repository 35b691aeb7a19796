package org.lianxin.practice.livelihood.api;

/**
 * What a voter gets back: that the ballot counted, never what it said. {@code electorId} is the deputy's id in a
 * DEPUTIES round, the representative's in a COUNCIL round; only a deputy's ballot makes a duty record.
 */
public record BallotReceipt(long roundId, long electorId, String message, long ballotsCast, int electorate, Long dutyRecordId) {}
