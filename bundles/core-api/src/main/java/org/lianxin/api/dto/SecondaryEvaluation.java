package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** 二次评价 of a completed item by the deputy group and voters; may re-assign (二次交办). */
public record SecondaryEvaluation(Rating rating, String comment, Assignment reassignTo) {}
