package org.lianxin.api.dto;

/**
 * Where a duty record stands: manual entries wait for staff review; records the system wrote from what it
 * already knows are approved from the start; a record found to be an error or a double count is voided, never
 * deleted, so a score can always be explained.
 */
public enum DutyStatus {
    PENDING, APPROVED, REJECTED, VOIDED;
}
