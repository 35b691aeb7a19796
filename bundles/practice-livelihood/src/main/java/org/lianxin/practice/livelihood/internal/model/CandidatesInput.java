package org.lianxin.practice.livelihood.internal.model;

import java.time.LocalDate;
import java.util.List;

/** The government's candidate list, in its order; more candidates than places (差额). */
public record CandidatesInput(List<CandidateItem> candidates, LocalDate listedOn) {}
