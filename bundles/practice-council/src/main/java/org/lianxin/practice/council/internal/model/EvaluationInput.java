package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;

import org.lianxin.api.dto.Rating;

/** The representatives' evaluation (评) of the handling. */
public record EvaluationInput(Rating rating, String note, LocalDate evaluatedOn) {}
