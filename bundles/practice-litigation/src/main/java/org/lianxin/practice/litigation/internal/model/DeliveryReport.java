package org.lianxin.practice.litigation.internal.model;

/** What one delivery pass did. */
public record DeliveryReport(int due, int sent, int failedAttempts, int nowFailed, int skipped) {}
