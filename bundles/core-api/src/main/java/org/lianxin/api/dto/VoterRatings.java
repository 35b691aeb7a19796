package org.lianxin.api.dto;

/** Voters' ratings of a report (评议), added to those already collected. */
public record VoterRatings(int satisfied, int basicallySatisfied, int unsatisfied) {}
