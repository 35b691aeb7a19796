package org.lianxin.practice.litigation.internal.model;

import java.time.LocalDate;

/** An administrative public-interest litigation case (行政公益诉讼) filed with a court. */
public record LitigationInput(String court, LocalDate on) {}
