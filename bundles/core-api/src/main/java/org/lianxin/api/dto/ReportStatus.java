package org.lianxin.api.dto;

public enum ReportStatus {
    SCHEDULED, HELD, CANCELLED;
}
