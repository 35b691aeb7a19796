package org.lianxin.api.dto;

/** A correction request: an ERROR or DUPLICATE names its record; an ERROR or OMISSION says what is right. */
public record DutyCorrectionInput(long deputyId, CorrectionKind kind, Long recordId, String description,
        DutyDetails proposed) {}
