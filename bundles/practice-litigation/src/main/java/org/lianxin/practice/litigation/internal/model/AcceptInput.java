package org.lianxin.practice.litigation.internal.model;

import java.time.LocalDate;

/** The procuratorate accepts the clue under its case number. */
public record AcceptInput(String procuratorate, String caseNo, LocalDate on) {}
