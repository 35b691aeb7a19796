package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What is needed to create or change a region. */
public record RegionInput(String code, String name, RegionLevel level, Long parentId) {}
