package org.lianxin.api.dto;

/** What a statistics table is broken down by; NONE gives the total only. */
public enum StatsDimension {
    NONE, REGION, LEVEL, UNIT, CATEGORY, YEAR, QUARTER, MONTH;
}
