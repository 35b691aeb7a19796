package org.lianxin.core.internal.score;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.lianxin.api.NotFoundException;
import org.lianxin.api.ScoringService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.DeputyScore;
import org.lianxin.api.dto.Grade;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.RankedScore;
import org.lianxin.api.dto.Ranking;
import org.lianxin.api.dto.ScorePeriod;
import org.lianxin.api.dto.ScoringTable;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.db.CoreSchema;
import org.lianxin.core.internal.security.Access;
import org.lianxin.core.internal.util.JdbcReads;
import org.lianxin.core.internal.util.Pages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Scores from the recorded data, by the region's table: read-only, in plain SQL on the DataSource, nothing stored,
 * so a corrected record or an edited table shows in the next score at once. Who may see what is
 * {@link ScorePolicy}'s: office roles and group leaders within their region, a deputy their own score and the ranking
 * of their own region or group.
 */
@Component(service = ScoringService.class)
public class ScoringServiceImpl implements ScoringService {
    private static final Pattern TERM_YEARS = Pattern.compile("(\\d{4})\\s*[-–~至]\\s*(\\d{4})");
    private static final int EXCELLENT_FOR_REELECTION = 2;

    private final DataSource dataSource;
    private final ScoringTables tables;
    private final Supplier<Identity> caller;

    @Activate
    public ScoringServiceImpl(@Reference(target = "(osgi.jndi.service.name=lianxin)") DataSource dataSource,
            @Reference CoreSchema schemaReady, @Reference Access access) {
        this(dataSource, tableDir(), access::caller);
    }

    /** @param caller the caller of the current call ({@link Access#caller()}), a fixed one in tests */
    ScoringServiceImpl(DataSource dataSource, Path tableDir, Supplier<Identity> caller) {
        this.dataSource = dataSource;
        this.tables = new ScoringTables(tableDir);
        this.caller = caller;
    }

    private static Path tableDir() {
        String etc = System.getProperty("karaf.etc");
        return etc == null ? null : Paths.get(etc, "lianxin", "scoring");
    }

    @Override
    public ScoringTable table(long regionId) {
        Identity me = caller.get();
        return JdbcReads.read(dataSource, "scoring query", c -> {
            String path = regionPath(c, regionId);
            ScorePolicy.checkTable(me, path, "read the scoring table of region " + regionId);
            return tables.forRegions(ScoreFactsSql.codesNearestFirst(c, path));
        });
    }

    @Override
    public DeputyScore score(long deputyId, ScorePeriod period) {
        if (period == null) {
            throw new ValidationException("period", "is required");
        }
        Identity me = caller.get();
        return JdbcReads.read(dataSource, "scoring query", c -> {
            ScoreFactsSql.DeputyRow d = ScoreFactsSql.deputy(c, deputyId);
            if (d == null) {
                throw new NotFoundException("deputy", deputyId);
            }
            ScorePolicy.checkScore(me, deputyId, d.regionPath());
            ScoringTable table = tables.forRegions(ScoreFactsSql.codesNearestFirst(c, d.regionPath()));
            ScoreCalculator.Result r = scoreOf(c, table, deputyId, period);
            List<Integer> excellent = new ArrayList<>();
            Matcher term = TERM_YEARS.matcher(d.term() == null ? "" : d.term());
            if (period.quarter() == null && term.find()) {
                int first = Integer.parseInt(term.group(1));
                int last = Math.min(Integer.parseInt(term.group(2)), period.year());
                for (int y = first; y <= last; y++) {
                    BigDecimal total = y == period.year() ? r.total()
                            : scoreOf(c, table, deputyId, ScorePeriod.year(y)).total();
                    if (Grade.of(total) == Grade.EXCELLENT) {
                        excellent.add(y);
                    }
                }
            }
            return new DeputyScore(d.id(), d.name(), d.regionId(), d.groupId(), period.toString(), table.name(),
                    r.total(), Grade.of(r.total()), r.categories(), r.items(), excellent,
                    excellent.size() >= EXCELLENT_FOR_REELECTION);
        });
    }

    private static ScoreCalculator.Result scoreOf(Connection c, ScoringTable table, long deputyId, ScorePeriod period)
            throws SQLException {
        ScoreInputs in = ScoreFactsSql.facts(c, "?", deputyId, period).getOrDefault(deputyId, new ScoreInputs());
        return ScoreCalculator.score(table, in);
    }

    @Override
    public Ranking ranking(Long regionId, Long groupId, ScorePeriod period, PageRequest page) {
        if ((regionId == null) == (groupId == null)) {
            throw new ValidationException(regionId == null ? "regionId" : "groupId",
                    "give exactly one of regionId and groupId");
        }
        if (period == null) {
            throw new ValidationException("period", "is required");
        }
        PageRequest p = page == null ? PageRequest.first() : page;
        Identity me = caller.get();
        return JdbcReads.read(dataSource, "scoring query", c -> {
            String scopeName;
            String condition;
            Object param;
            String tablePath;
            if (regionId != null) {
                tablePath = regionPath(c, regionId);
                condition = "REGION_PATH LIKE ?";
                param = tablePath + "%";
                scopeName = "region:" + regionId;
            } else {
                tablePath = groupRegionPath(c, groupId);
                condition = "GROUP_ID = ?";
                param = groupId;
                scopeName = "group:" + groupId;
            }
            ScorePolicy.checkRanking(me, tablePath, ownRanking(c, me, regionId, groupId),
                    "see the ranking of " + scopeName.replace(':', ' '));
            ScoringTable table = tables.forRegions(ScoreFactsSql.codesNearestFirst(c, tablePath));
            List<ScoreFactsSql.DeputyRow> deputies = ScoreFactsSql.deputies(c, condition, param);
            Map<Long, ScoreInputs> facts = ScoreFactsSql.facts(c,
                    "SELECT ID FROM LX_DEPUTY WHERE " + condition + " AND STATUS = 'ACTIVE'", param, period);
            List<Rankings.Entry> entries = new ArrayList<>();
            for (ScoreFactsSql.DeputyRow d : deputies) {
                BigDecimal total = ScoreCalculator.score(table, facts.getOrDefault(d.id(), new ScoreInputs())).total();
                entries.add(new Rankings.Entry(d.id(), d.name(), d.regionId(), d.groupId(), total));
            }
            List<RankedScore> lines = Rankings.rank(entries, table.reminderShare());
            int reminders = (int) lines.stream().filter(RankedScore::reminder).count();
            return new Ranking(scopeName, period.toString(), table.name(), reminders,
                    Pages.slice(lines, p, line -> line));
        });
    }

    /** Whether this is the ranking of the caller's own deputy's region or group. */
    private static boolean ownRanking(Connection c, Identity me, Long regionId, Long groupId) throws SQLException {
        Long mine = ScorePolicy.own(me);
        if (mine == null) {
            return false;
        }
        ScoreFactsSql.DeputyRow d = ScoreFactsSql.deputy(c, mine);
        return d != null && (regionId != null ? regionId == d.regionId() : groupId.equals(d.groupId()));
    }

    private static String regionPath(Connection c, long regionId) throws SQLException {
        try (var ps = c.prepareStatement("SELECT PATH FROM LX_REGION WHERE ID = ?")) {
            ps.setLong(1, regionId);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("region", regionId);
                }
                return rs.getString(1);
            }
        }
    }

    private static String groupRegionPath(Connection c, long groupId) throws SQLException {
        try (var ps = c.prepareStatement("SELECT REGION_PATH FROM LX_DEPUTY_GROUP WHERE ID = ?")) {
            ps.setLong(1, groupId);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("deputy group", groupId);
                }
                return rs.getString(1);
            }
        }
    }
}
