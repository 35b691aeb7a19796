package org.lianxin.core.internal.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.lianxin.api.HandlingClock;
import org.lianxin.api.StatisticsService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.DeputyActivity;
import org.lianxin.api.dto.KpiDefinition;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.StationActivity;
import org.lianxin.api.dto.StatsDimension;
import org.lianxin.api.dto.StatsQuery;
import org.lianxin.api.dto.StatsRow;
import org.lianxin.api.dto.StatsTable;
import org.lianxin.api.dto.SubmissionRate;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.db.CoreSchema;
import org.lianxin.core.internal.security.Access;
import org.lianxin.core.internal.util.JdbcReads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Statistics straight from the DataSource in plain SQL: read-only aggregates need no entities, and a
 * million-row table is summed by the database, not loaded. Who may read which region's figures is
 * {@link StatsPolicy}'s.
 */
@Component(service = StatisticsService.class)
public class StatisticsServiceImpl implements StatisticsService {
    private final DataSource dataSource;
    private final Supplier<LocalDate> today;
    private final Supplier<Identity> caller;

    @Activate
    public StatisticsServiceImpl(@Reference(target = "(osgi.jndi.service.name=lianxin)") DataSource dataSource,
            @Reference HandlingClock clock, @Reference CoreSchema schemaReady, @Reference Access access) {
        this(dataSource, clock::today, access::caller);
    }

    /** @param caller the caller of the current call ({@link Access#caller()}), a fixed one in tests */
    StatisticsServiceImpl(DataSource dataSource, Supplier<LocalDate> today, Supplier<Identity> caller) {
        this.dataSource = dataSource;
        this.today = today;
        this.caller = caller;
    }

    @Override
    public List<KpiDefinition> definitions() {
        return KpiFormulas.DEFINITIONS;
    }

    @Override
    public StatsTable suggestions(StatsQuery q) {
        if (q == null) {
            throw new ValidationException("query", "is required");
        }
        checkPeriod(q.from(), q.to());
        Identity me = caller.get();
        return JdbcReads.read(dataSource, "statistics query", c -> {
            RegionTree regions = RegionTree.load(c, q.regionId());
            StatsPolicy.check(me, regions.root.path(), "read the statistics of region " + q.regionId());
            Map<Object, Counts> groups = SuggestionStatsSql.run(c, q, regions.root.path(), today.get());
            Counts total = new Counts();
            groups.values().forEach(total::add);
            List<StatsRow> rows = q.by() == StatsDimension.NONE ? List.of()
                    : Breakdown.rows(q.by(), groups, regions, unitNames(c, groups, q.by()));
            return new StatsTable(q, rows, KpiFormulas.kpis(total));
        });
    }

    @Override
    public Page<DeputyActivity> deputies(long regionId, LocalDate from, LocalDate to, PageRequest page) {
        checkPeriod(from, to);
        Identity me = caller.get();
        return JdbcReads.read(dataSource, "statistics query", c -> ActivitySql.deputies(c,
                checkedPath(c, me, regionId, "deputies' activity"), from, to,
                page == null ? PageRequest.first() : page));
    }

    @Override
    public Page<StationActivity> stations(long regionId, LocalDate from, LocalDate to, PageRequest page) {
        checkPeriod(from, to);
        Identity me = caller.get();
        return JdbcReads.read(dataSource, "statistics query", c -> ActivitySql.stations(c,
                checkedPath(c, me, regionId, "stations' activity"), from, to,
                page == null ? PageRequest.first() : page));
    }

    @Override
    public SubmissionRate submission(long regionId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        Identity me = caller.get();
        return JdbcReads.read(dataSource, "statistics query", c -> ActivitySql.submission(c,
                checkedPath(c, me, regionId, "submission rate"), from, to));
    }

    /** The region's path, once the caller may read its figures. */
    private static String checkedPath(Connection c, Identity me, long regionId, String what) throws SQLException {
        String path = RegionTree.load(c, regionId).root.path();
        StatsPolicy.check(me, path, "read the " + what + " of region " + regionId);
        return path;
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ValidationException("to", "must be after from (" + from + "), was " + to);
        }
    }

    private static java.util.function.Function<Long, String> unitNames(Connection c, Map<Object, Counts> groups,
            StatsDimension by) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        if (by == StatsDimension.UNIT && !groups.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT ID, NAME FROM LX_UNIT");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return id -> names.getOrDefault(id, "#" + id);
    }
}
