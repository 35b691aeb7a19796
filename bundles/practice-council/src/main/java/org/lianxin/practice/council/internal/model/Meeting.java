package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;
import java.util.List;

/** A meeting; {@code held} once its minutes are recorded and its date is past; only a held REGULAR meeting counts toward the two a year. */
public record Meeting(long id, long councilId, LocalDate heldOn, MeetingKind kind, String kindZh, String topic, List<Long> representativeIds, int present, String minutes, OfficeReport report, boolean held, boolean counts) {}
