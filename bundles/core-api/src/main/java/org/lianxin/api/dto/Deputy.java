package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A deputy, attached to the region where they live or work (就近编入). */
public record Deputy(long id, String name, String gender, long regionId, Long groupId, String specialty, String term, DeputyStatus status, String phone, String constituency, boolean directlyElected, List<DeputySeat> seats, List<Long> stationIds) {
    public Deputy {
        seats = List.copyOf(seats);
        stationIds = List.copyOf(stationIds);
    }
}
