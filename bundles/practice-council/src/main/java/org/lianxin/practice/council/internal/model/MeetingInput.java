package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;
import java.util.List;

/** A meeting: date, kind, topic, the representatives present; minutes and the office report now (held) or later. */
public record MeetingInput(LocalDate heldOn, MeetingKind kind, String topic, List<Long> representativeIds, String minutes, OfficeReport report) {}
