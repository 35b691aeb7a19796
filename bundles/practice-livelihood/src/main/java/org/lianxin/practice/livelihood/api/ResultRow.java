package org.lianxin.practice.livelihood.api;

/** A candidate in the count, by rank. */
public record ResultRow(int rank, long candidateId, int seq, String title, int votes, int beneficiaries, Outcome outcome, String outcomeZh, boolean tieBroken) {}
