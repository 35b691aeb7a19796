package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The lead unit and co-handling units (主办/协办) of an assignment or pre-assignment. */
public record Assignment(long leadUnitId, List<Long> coUnitIds) {
    public Assignment {
        coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
    }
}
