package org.lianxin.practice.council.internal.model;

/** The minutes of a meeting held (and the office report if heard), recorded after it. */
public record MinutesInput(String minutes, OfficeReport report) {}
