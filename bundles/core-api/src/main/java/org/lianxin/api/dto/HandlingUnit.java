package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A government department or body that handles suggestions (承办单位). */
public record HandlingUnit(long id, String code, String name, long regionId, String contact) {}
