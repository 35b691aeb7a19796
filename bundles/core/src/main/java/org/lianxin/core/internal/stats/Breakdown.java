package org.lianxin.core.internal.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.api.dto.StatsDimension;
import org.lianxin.api.dto.StatsRow;

/** Folds the counts per SQL group into the rows of a dimension, with their keys and labels. */
public final class Breakdown {
    private static final Map<String, String> LEVELS = Map.of(RegionLevel.PROVINCE.name(), "省级",
            RegionLevel.CITY.name(), "市级", RegionLevel.COUNTY.name(), "县级", RegionLevel.TOWNSHIP.name(), "乡镇级");
    private static final Map<String, String> CATEGORIES = Map.of(Category.INFRASTRUCTURE.name(), "城乡建设",
            Category.ENVIRONMENT.name(), "生态环境", Category.EDUCATION.name(), "教育",
            Category.HEALTH.name(), "医疗卫生", Category.SOCIAL_GOVERNANCE.name(), "社会治理",
            Category.ECONOMY.name(), "经济发展", Category.AGRICULTURE.name(), "农业农村",
            Category.PUBLIC_AFFAIRS.name(), "公共事务", Category.OTHER.name(), "其他");

    private Breakdown() {
    }

    public static String categoryZh(String category) {
        return CATEGORIES.getOrDefault(category, category);
    }

    record Label(String key, String label) {}

    static List<StatsRow> rows(StatsDimension by, Map<Object, Counts> groups, RegionTree regions,
            Function<Long, String> unitNames) {
        Map<Label, Counts> folded = new LinkedHashMap<>();
        for (Map.Entry<Object, Counts> e : groups.entrySet()) {
            Label label = label(by, e.getKey(), regions, unitNames);
            folded.merge(label, copy(e.getValue()), Counts::add);
        }
        List<Map.Entry<Label, Counts>> entries = new ArrayList<>(folded.entrySet());
        entries.sort(order(by));
        List<StatsRow> rows = new ArrayList<>();
        for (Map.Entry<Label, Counts> e : entries) {
            rows.add(new StatsRow(e.getKey().key(), e.getKey().label(), KpiFormulas.kpis(e.getValue())));
        }
        return rows;
    }

    private static Counts copy(Counts c) {
        return new Counts().add(c);
    }

    private static Comparator<Map.Entry<Label, Counts>> order(StatsDimension by) {
        switch (by) {
        case YEAR:
        case QUARTER:
        case MONTH:
        case CATEGORY:
        case LEVEL:
            return Comparator.comparing(e -> e.getKey().key());
        default:
            // regions and units: the biggest first, as the published tables list them
            return Comparator.<Map.Entry<Label, Counts>>comparingLong(e -> -e.getValue().raised)
                    .thenComparing(e -> e.getKey().key());
        }
    }

    static Label label(StatsDimension by, Object key, RegionTree regions, Function<Long, String> unitNames) {
        switch (by) {
        case REGION: {
            RegionTree.Node n = regions.childOfRootHolding(((Number) key).longValue());
            return n == regions.root ? new Label(n.code(), n.name() + "（本级）") : new Label(n.code(), n.name());
        }
        case LEVEL: {
            RegionTree.Node n = regions.nodes.get(((Number) key).longValue());
            String level = n == null ? "UNKNOWN" : n.level();
            return new Label(level, LEVELS.getOrDefault(level, level));
        }
        case UNIT:
            if (key == null) {
                return new Label("none", "未交办");
            }
            long unit = ((Number) key).longValue();
            return new Label(Long.toString(unit), unitNames.apply(unit));
        case CATEGORY:
            return new Label((String) key, categoryZh((String) key));
        case YEAR:
        case QUARTER:
        case MONTH:
            return period(by, ((Date) key).toLocalDate());
        default:
            return new Label("total", "合计");
        }
    }

    static Label period(StatsDimension by, LocalDate day) {
        int year = day.getYear();
        if (by == StatsDimension.YEAR) {
            return new Label(Integer.toString(year), year + "年");
        }
        if (by == StatsDimension.QUARTER) {
            int q = (day.getMonthValue() - 1) / 3 + 1;
            return new Label(year + "-Q" + q, year + "年第" + q + "季度");
        }
        return new Label(String.format("%d-%02d", year, day.getMonthValue()), year + "年" + day.getMonthValue() + "月");
    }
}
