package org.lianxin.api.dto;

public enum CorrectionStatus {
    OPEN, ACCEPTED, REJECTED;
}
