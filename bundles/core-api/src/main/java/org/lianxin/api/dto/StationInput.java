package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What is needed to create or change a station. */
public record StationInput(String code, String name, StationKind kind, long regionId, String address, String grid) {}
