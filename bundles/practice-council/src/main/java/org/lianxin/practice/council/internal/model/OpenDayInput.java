package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;
import java.util.List;

/** An open day (开放日): date, kind, title, the representatives attending, the officials present, the opinions heard. */
public record OpenDayInput(LocalDate heldOn, OpenDayKind kind, String title, List<Long> representativeIds, String officials, String opinions) {}
