package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One seat a person holds: a deputy may sit at several of the five levels. */
public record DeputySeat(DeputyLevel level, long regionId, String term) {}
