package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A handling unit's formal reply. */
public record Reply(ResultClass resultClass, String text) {}
