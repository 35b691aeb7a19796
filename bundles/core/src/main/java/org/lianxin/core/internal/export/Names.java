package org.lianxin.core.internal.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.lianxin.core.internal.util.JdbcReads;

/** Names of regions, units and deputies for an export, read once per table (they are few next to suggestions). */
final class Names {
    private final Map<Long, String> regions;
    private final Map<Long, String> units;
    private final Map<Long, String> deputies;

    private Names(Map<Long, String> regions, Map<Long, String> units, Map<Long, String> deputies) {
        this.regions = regions;
        this.units = units;
        this.deputies = deputies;
    }

    static Names load(DataSource ds) {
        return JdbcReads.read(ds, "export names", c -> new Names(map(c, "SELECT ID, NAME FROM LX_REGION"),
                map(c, "SELECT ID, NAME FROM LX_UNIT"), map(c, "SELECT ID, NAME FROM LX_DEPUTY")));
    }

    private static Map<Long, String> map(java.sql.Connection c, String sql) throws java.sql.SQLException {
        Map<Long, String> m = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.put(rs.getLong(1), rs.getString(2));
            }
        }
        return m;
    }

    String region(Long id) {
        return id == null ? null : regions.getOrDefault(id, "#" + id);
    }

    String unit(Long id) {
        return id == null ? null : units.getOrDefault(id, "#" + id);
    }

    String units(List<Long> ids) {
        return ids.stream().map(this::unit).collect(Collectors.joining("、"));
    }

    String deputies(List<Long> ids) {
        List<String> names = new ArrayList<>();
        ids.forEach(id -> names.add(deputies.getOrDefault(id, "#" + id)));
        return String.join("、", names);
    }
}
