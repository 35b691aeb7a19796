package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;

/** A new council of a street: its region (a TOWNSHIP-level region), name, date established and convenor (the street 人大工委 contact). */
public record CouncilInput(Long regionId, String name, LocalDate establishedOn, String convenor, String convenorPhone) {}
