package org.lianxin.practice.livelihood.internal.model;

/** A deputy of the electorate and whether they voted: participation is public, the choice never is. */
public record Voter(long deputyId, boolean voted) {}
