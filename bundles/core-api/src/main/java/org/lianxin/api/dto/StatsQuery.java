package org.lianxin.api.dto;

import java.time.LocalDate;

/**
 * Which suggestions a statistics table counts: those raised in the region and every region under it
 * ({@code regionId}), optionally only those led by one unit, of one category, raised in regions of one level, and
 * registered in {@code [from, to)} (either end open when null).
 */
public record StatsQuery(long regionId, Long unitId, Category category, RegionLevel level, LocalDate from,
        LocalDate to, StatsDimension by) {

    public StatsQuery {
        by = by == null ? StatsDimension.NONE : by;
    }

    public static StatsQuery of(long regionId) {
        return new StatsQuery(regionId, null, null, null, null, null, StatsDimension.NONE);
    }

    public StatsQuery by(StatsDimension dimension) {
        return new StatsQuery(regionId, unitId, category, level, from, to, dimension);
    }

    public StatsQuery between(LocalDate start, LocalDate end) {
        return new StatsQuery(regionId, unitId, category, level, start, end, by);
    }
}
