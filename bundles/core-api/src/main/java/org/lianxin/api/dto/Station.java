package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A liaison place (家站点) where deputies receive voters. */
public record Station(long id, String code, String name, StationKind kind, long regionId, String address, String grid) {}
