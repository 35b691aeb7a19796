package org.lianxin.practice.studio.internal.model;

import java.math.BigDecimal;

/**
 * A region's (or one studio's) studio figures; {@code implementedShare} is implemented / collected opinions in
 * percent, 2 decimals, null when none were collected.
 */
public record StudioStats(long studios, long compliant, long members, long consultations, long answered,
        long opinions, long implemented, BigDecimal implementedShare, long events, long sessions, long attendance,
        long viewers) {}
