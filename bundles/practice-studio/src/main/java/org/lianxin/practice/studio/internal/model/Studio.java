package org.lianxin.practice.studio.internal.model;

import java.time.Instant;

/** A professional deputy studio; {@code standardMet} counts the 八有 items it meets (of 8). */
public record Studio(long id, long regionId, String name, String brand, Theme theme, String themeZh, Long stationId,
        int members, int standardMet, Instant createdAt) {}
