package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A node of the region tree; {@code code} is short and unique (e.g. DJ for Duji district). */
public record Region(long id, String code, String name, RegionLevel level, Long parentId) {}
