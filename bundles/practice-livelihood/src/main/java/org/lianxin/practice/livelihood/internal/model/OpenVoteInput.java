package org.lianxin.practice.livelihood.internal.model;

import java.time.LocalDate;
import java.util.List;

/** Opens the vote: the deputies present are the electorate. */
public record OpenVoteInput(List<Long> deputyIds, LocalDate sessionDate) {}
