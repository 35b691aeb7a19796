package org.lianxin.practice.council.internal.model;

/** A council's standing in a year against "at least two meetings a year": REGULAR meetings held (with minutes), extra ones, whether the street office's report was heard. */
public record Compliance(long councilId, String councilName, long regionId, int year, int held, int extraHeld, int planned, int required, ComplianceFlag flag, String flagZh, boolean reportHeard) {}
