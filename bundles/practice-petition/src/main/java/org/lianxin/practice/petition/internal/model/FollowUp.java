package org.lianxin.practice.petition.internal.model;

import java.time.LocalDate;

/** The return visit that closed the petition. */
public record FollowUp(LocalDate on, boolean satisfied, String note) {}
