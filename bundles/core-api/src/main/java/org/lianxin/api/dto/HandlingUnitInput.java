package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What is needed to create or change a handling unit. */
public record HandlingUnitInput(String code, String name, long regionId, String contact) {}
