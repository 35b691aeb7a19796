package org.lianxin.practice.livelihood.internal.model;

import java.time.LocalDate;

import org.lianxin.practice.livelihood.api.Verdict;

/** A deputy's year-end satisfaction vote on a project. */
public record SatisfactionInput(Long deputyId, Verdict verdict, LocalDate on) {}
