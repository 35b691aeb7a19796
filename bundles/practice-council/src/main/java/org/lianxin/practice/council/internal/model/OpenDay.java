package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;
import java.util.List;

/** An open day. */
public record OpenDay(long id, long councilId, LocalDate heldOn, OpenDayKind kind, String kindZh, String title, List<Long> representativeIds, String officials, String opinions) {}
