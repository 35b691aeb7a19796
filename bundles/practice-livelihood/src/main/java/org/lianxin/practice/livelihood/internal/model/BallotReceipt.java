package org.lianxin.practice.livelihood.internal.model;

/** What a voter gets back: that the ballot counted, never what it said. */
public record BallotReceipt(long roundId, long deputyId, String message, long ballotsCast, int electorate, Long dutyRecordId) {}
