package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;
import java.util.List;

/** Opens the vote: the representatives present (current representatives of the council) are the electorate. */
public record VoteOpenInput(List<Long> representativeIds, LocalDate sessionDate) {}
