package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A deputy's rating of a reply, taken online or on paper. */
public record Evaluation(Rating rating, EvaluationChannel channel, String comment) {}
