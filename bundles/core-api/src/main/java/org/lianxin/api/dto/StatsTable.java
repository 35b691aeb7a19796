package org.lianxin.api.dto;

import java.util.List;

/** A statistics table: the rows of the breakdown (none for {@link StatsDimension#NONE}) and the total. */
public record StatsTable(StatsQuery query, List<StatsRow> rows, Kpis total) {
    public StatsTable {
        rows = List.copyOf(rows);
    }
}
