package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What is needed to register or change a deputy; seats must not be empty. */
public record DeputyInput(String name, String gender, long regionId, Long groupId, String specialty, String term, DeputyStatus status, String phone, String constituency, boolean directlyElected, List<DeputySeat> seats, List<Long> stationIds) {}
