package org.lianxin.practice.livelihood.internal.model;

/**
 * One of the electorate (a deputy, or a council's representative in a COUNCIL round) and whether they voted:
 * participation is public, the choice never is.
 */
public record Voter(long electorId, boolean voted) {}
