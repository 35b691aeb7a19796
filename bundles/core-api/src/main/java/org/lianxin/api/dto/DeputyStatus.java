package org.lianxin.api.dto;

/** Where a deputy's seat stands. */
public enum DeputyStatus {
    ACTIVE, RESIGNED, REMOVED, BY_ELECTED;
}
