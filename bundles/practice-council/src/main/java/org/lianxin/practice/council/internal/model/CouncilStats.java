package org.lianxin.practice.council.internal.model;

/** The councils' figures of a region's subtree for a year: councils and their standing, representatives, meetings held, items and their evaluation, open days. */
public record CouncilStats(int year, long councils, long representatives, long meetingsHeld, long met, long due, long missed, long reportHeard, int missedYear, long missedLastYear, long items, long itemsAsSuggestions, long itemsToStreetOffice, long itemsEvaluated, java.math.BigDecimal satisfactionRate, long openDays) {}
