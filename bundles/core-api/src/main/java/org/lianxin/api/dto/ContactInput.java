package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A logged contact between a unit and the deputy. */
public record ContactInput(ContactPhase phase, String method, String note) {}
