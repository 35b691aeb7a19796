package org.lianxin.practice.studio.internal.model;

import java.time.LocalDate;

/** One 八有 item of a studio: met or not, and what shows it. */
public record StandardCheck(StandardItem item, String itemZh, boolean met, String evidence, String checkedBy, LocalDate checkedOn) {}
