package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;

import org.lianxin.practice.livelihood.api.Verdict;

/** A representative's year-end satisfaction vote on a project of the council's round. */
public record CouncilSatisfactionInput(Long projectId, Long representativeId, Verdict verdict, LocalDate on) {}
