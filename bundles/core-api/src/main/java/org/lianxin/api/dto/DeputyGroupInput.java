package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What is needed to create or change a deputy group. */
public record DeputyGroupInput(String name, long regionId, String specialty, Long leaderId, Long viceLeaderId, Long liaisonId) {}
