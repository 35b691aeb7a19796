package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;

/** A council as shown: current representatives counted, the convenor's phone masked in lists; its standing in a year. */
public record Council(long id, long regionId, String regionName, String name, LocalDate establishedOn, String convenor, String convenorPhone, int representatives, Compliance compliance) {}
