package org.lianxin.practice.petition.internal.model;

import java.time.LocalDate;
import java.util.List;

/** The risk noted on a petition and when it was noted. */
public record Risk(RiskLevel level, String levelZh, List<RiskSign> signs, List<String> signsZh, String note,
        LocalDate notedOn) {}
