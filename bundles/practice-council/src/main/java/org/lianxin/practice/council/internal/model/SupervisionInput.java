package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;

/** A supervision note (督) while the item is handled. */
public record SupervisionInput(String author, String note, LocalDate notedOn) {}
