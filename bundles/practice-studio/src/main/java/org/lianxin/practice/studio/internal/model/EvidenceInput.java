package org.lianxin.practice.studio.internal.model;

import java.time.LocalDate;

/** What shows a 八有 item is met (a photo's place, a document's name); {@code checkedOn} null: today. */
public record EvidenceInput(String evidence, LocalDate checkedOn) {}
