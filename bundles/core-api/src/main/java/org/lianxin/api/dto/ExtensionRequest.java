package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A unit's request for more time, decided by the liaison office. */
public record ExtensionRequest(int days, String reason) {}
