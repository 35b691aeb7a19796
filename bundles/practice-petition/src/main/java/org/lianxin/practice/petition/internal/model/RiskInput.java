package org.lianxin.practice.petition.internal.model;

import java.time.LocalDate;
import java.util.List;

/** The risk as judged on {@code notedOn} (default: today; at registration the day received). */
public record RiskInput(RiskLevel level, List<RiskSign> signs, String note, LocalDate notedOn) {}
