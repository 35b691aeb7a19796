package org.lianxin.practice.litigation.internal.model;

/** PENDING (due at its next attempt), SENT, or FAILED after the last attempt allowed (retried by staff). */
public enum OutboxStatus {
    PENDING, SENT, FAILED
}
