package org.lianxin.bench;

import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.RegionService;
import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Identity;
import org.lianxin.api.StatisticsService;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.HandlingUnitInput;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.RegionInput;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.api.dto.ResultClass;
import org.lianxin.api.dto.StatsDimension;
import org.lianxin.api.dto.StatsQuery;
import org.lianxin.api.dto.StatsTable;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.api.dto.SuggestionState;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Statistics over N (default 1,000,000) suggestions: loads them with JDBC batches into a fixture city of its own
 * (10 counties of 10 townships, 50 units), then times {@link StatisticsService#suggestions} (medians of 5 after a
 * warm-up) side by side with the naive way: every suggestion loaded page by page through
 * {@link SuggestionService#list} and counted in Java (time-boxed, extrapolated to N), and checks both give the same
 * figures. When core ships {@code db/core/004_stats_index.sql}, the aggregates are timed without its indexes and
 * again with them, in the same run. Appends its report to {@code bench/target/bench-stats.txt}.
 */
@RunWith(PaxExam.class)
public class StatsBenchIT {
    private static final int ROWS = Integer.getInteger("bench.statsRows", 1_000_000);
    private static final int RUNS = Integer.getInteger("bench.statsRuns", 5);
    private static final int NAIVE_SECONDS = Integer.getInteger("bench.naiveSeconds", 240);
    private static final int BATCH = 5_000;
    private static final int PAGE = PageRequest.MAX_LIMIT;
    private static final String INDEX_SCRIPT = "db/core/004_stats_index.sql";

    @Inject
    private StatisticsService stats;
    @Inject
    private SuggestionService suggestions;
    @Inject
    private RegionService regions;
    @Inject
    private HandlingUnitService units;
    @Inject
    private HandlingClock clock;
    @Inject
    private BundleContext context;
    @Inject
    @Filter("(osgi.jndi.service.name=lianxin)")
    private DataSource dataSource;

    private StringBuilder report;
    private String previousReport;
    private Path reportFile;
    private boolean postgres;

    @Configuration
    public Option[] config() throws Exception {
        String db = System.getProperty("bench.db", "derby");
        List<Option> options = BenchOptions.container(39, 3_600_000);
        options.addAll(List.of(
                // the test itself runs inside Karaf: hand it the benchmark's parameters
                editConfigurationFilePut("etc/system.properties", "bench.db", db),
                editConfigurationFilePut("etc/system.properties", "bench.statsRows", String.valueOf(ROWS)),
                editConfigurationFilePut("etc/system.properties", "bench.statsRuns", String.valueOf(RUNS)),
                editConfigurationFilePut("etc/system.properties", "bench.naiveSeconds", String.valueOf(NAIVE_SECONDS)),
                editConfigurationFilePut("etc/system.properties", "bench.statsIndexCompare",
                        System.getProperty("bench.statsIndexCompare", "true"))));
        options.addAll(BenchOptions.mavenRepository());
        if ("postgresql".equals(db)) {
            options.addAll(BenchOptions.freshPostgres("lianxin_statsbench"));
        }
        return options.toArray(new Option[0]);
    }

    @Test
    public void statisticsOverAMillionSuggestions() throws Exception {
        Callers.bind(Identity.SYSTEM); // a national administrator's queries; the test thread is ours alone
        try {
            measureAll();
        } finally {
            Callers.clear();
        }
    }

    private void measureAll() throws Exception {
        postgres = "postgresql".equals(System.getProperty("bench.db"));
        reportFile = Path.of(System.getProperty("karaf.home"), "..", "..", "bench-stats.txt").normalize();
        previousReport = Files.exists(reportFile) ? Files.readString(reportFile, StandardCharsets.UTF_8) : "";
        report = new StringBuilder();
        line("=== statistics benchmark: %d suggestions, database %s, %s, %d cores, load average %s",
                ROWS, postgres ? "PostgreSQL" : "Derby 10.14 embedded", LocalDateTime.now().withNano(0),
                Runtime.getRuntime().availableProcessors(), loadAverage());

        // the fixture: a city, 10 counties of 10 townships, 20 city units and 3 per county, through the services
        long t0 = System.nanoTime();
        List<StatsFixture.Place> places = new ArrayList<>();
        Region city = regions.create(new RegionInput("SBCITY", "统计基准市", RegionLevel.CITY, null));
        places.add(place(city, "CITY", -1));
        List<Long> cityUnits = new ArrayList<>();
        List<List<Long>> countyUnits = new ArrayList<>();
        for (int u = 1; u <= 20; u++) {
            cityUnits.add(units.create(new HandlingUnitInput(String.format("SBU-C%02d", u),
                    String.format("统计基准市直单位%02d", u), city.id(), null)).id());
        }
        List<Region> counties = new ArrayList<>();
        List<Region> towns = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            Region county = regions.create(new RegionInput(String.format("SBC%02d", k), String.format("统计基准区%02d", k),
                    RegionLevel.COUNTY, city.id()));
            counties.add(county);
            places.add(place(county, "COUNTY", k - 1));
            List<Long> mine = new ArrayList<>();
            for (int u = 1; u <= 3; u++) {
                mine.add(units.create(new HandlingUnitInput(String.format("SBU-%02d-%d", k, u),
                        String.format("统计基准区%02d单位%d", k, u), county.id(), null)).id());
            }
            countyUnits.add(mine);
            for (int t = 1; t <= 10; t++) {
                Region town = regions.create(new RegionInput(String.format("SBC%02d-T%02d", k, t),
                        String.format("统计基准镇%02d-%02d", k, t), RegionLevel.TOWNSHIP, county.id()));
                towns.add(town);
                places.add(place(town, "TOWNSHIP", k - 1));
            }
        }
        line("fixture: %d regions, %d units through RegionService/HandlingUnitService in %.1f s", places.size(),
                cityUnits.size() + 30, seconds(t0));

        // the rows: JDBC batches on the same DataSource
        LocalDate today = clock.today();
        StatsFixture fixture = new StatsFixture(dataSource, places, cityUnits, countyUnits,
                LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        t0 = System.nanoTime();
        long[] lastReport = { System.nanoTime() };
        long loaded = fixture.load(ROWS, BATCH, done -> {
            if (System.nanoTime() - lastReport[0] > 60e9) {
                lastReport[0] = System.nanoTime();
                System.out.printf("  loaded %d rows%n", done);
            }
        });
        double loadSeconds = seconds(t0);
        line("load: %d rows in %.1f s = %.0f rows/s (JDBC batches of %d, one commit per batch; index(es) of %s %s)",
                loaded, loadSeconds, loaded / loadSeconds, BATCH, INDEX_SCRIPT,
                indexStatements().isEmpty() ? "not shipped" : "present");
        t0 = System.nanoTime();
        analyze();
        line("%s in %.1f s; %s", postgres ? "VACUUM ANALYZE" : "SYSCS_UPDATE_STATISTICS", seconds(t0), sizes());

        Region county = counties.get(0);
        Region town = towns.get(0);
        Map<String, StatsQuery> queries = new LinkedHashMap<>();
        queries.put("city, total (by NONE)", StatsQuery.of(city.id()));
        queries.put("city by REGION", StatsQuery.of(city.id()).by(StatsDimension.REGION));
        queries.put("city by UNIT", StatsQuery.of(city.id()).by(StatsDimension.UNIT));
        queries.put("city by CATEGORY", StatsQuery.of(city.id()).by(StatsDimension.CATEGORY));
        queries.put("city by MONTH", StatsQuery.of(city.id()).by(StatsDimension.MONTH));
        queries.put("one county, total (by NONE)", StatsQuery.of(county.id()));

        // the aggregates, without and then with the indexes of 004 when core ships it
        List<String> indexes = indexStatements();
        String cityPath = path(city.id());
        if (!indexes.isEmpty() && Boolean.parseBoolean(System.getProperty("bench.statsIndexCompare", "true"))) {
            t0 = System.nanoTime();
            for (String create : indexes) {
                ddl("DROP INDEX " + indexName(create));
            }
            analyze();
            line("dropped the %d index(es) of %s in %.1f s; %s", indexes.size(), INDEX_SCRIPT, seconds(t0), sizes());
            plan("without " + INDEX_SCRIPT, cityPath, today);
            measureAggregates("aggregate, WITHOUT the index(es) of " + INDEX_SCRIPT, queries);
            t0 = System.nanoTime();
            for (String create : indexes) {
                ddl(create);
            }
            double created = seconds(t0);
            t0 = System.nanoTime();
            analyze();
            line("created the index(es) of %s again on %d rows in %.1f s (what the migration costs on an existing"
                    + " database), statistics %.1f s; %s", INDEX_SCRIPT, loaded, created, seconds(t0), sizes());
            plan("with " + INDEX_SCRIPT, cityPath, today);
            measureAggregates("aggregate, WITH the index(es) of " + INDEX_SCRIPT, queries);
        } else {
            plan("as shipped", cityPath, today);
            measureAggregates("aggregate (StatisticsService.suggestions)", queries);
        }

        // the naive way: every suggestion through the service API, page by page, counted in Java
        List<String> mismatches = new ArrayList<>();
        Naive townNaive = naive("one township", town, today);
        Naive countyNaive = naive("one county", county, today);
        check("one township", townNaive, stats.suggestions(StatsQuery.of(town.id())), mismatches);
        check("one county", countyNaive, stats.suggestions(StatsQuery.of(county.id())), mismatches);
        Naive basis = countyNaive.rows > 0 ? countyNaive : townNaive;
        double rate = basis.rows / basis.seconds;
        line("naive projection for the city's %d rows: %.0f s = %.1f h, EXTRAPOLATED linearly from %.0f rows/s on %s"
                + " (a lower bound: each page counts the whole selection again and offset paging sorts deeper every"
                + " page)", ROWS, ROWS / rate, ROWS / rate / 3600, rate, basis.scope);

        // the whole city streamed once with plain JDBC and counted in Java: the correctness check at full size
        t0 = System.nanoTime();
        NaiveCounts streamed = stream(cityPath, today);
        double streamSeconds = seconds(t0);
        line("plain JDBC, one SELECT of the 7 columns streamed into Java (not the service API), city: %d rows in"
                + " %.1f s = %.0f rows/s; %s", streamed.rows, streamSeconds, streamed.rows / streamSeconds,
                streamed.summary());
        List<String> diff = streamed.differences(stats.suggestions(StatsQuery.of(city.id())).total());
        line("correctness, city (%d rows): streamed counts %s the aggregate%s", streamed.rows,
                diff.isEmpty() ? "EQUAL" : "DIFFER FROM", diff.isEmpty() ? "" : ": " + diff);
        mismatches.addAll(diff);
        line("load average at the end: %s", loadAverage());
        line("");
        assertTrue("naive and aggregate figures differ: " + mismatches, mismatches.isEmpty());
    }

    // --- the aggregate ---------------------------------------------------------------------------------

    private void measureAggregates(String title, Map<String, StatsQuery> queries) throws IOException {
        // warm-up: one unmeasured round (statement compilation, JIT, caches); then RUNS rounds, the queries taken
        // in turn so that a noisy moment on the machine spreads over all of them
        Map<String, Long> raised = new LinkedHashMap<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (Map.Entry<String, StatsQuery> q : queries.entrySet()) {
            StatsTable t = stats.suggestions(q.getValue());
            raised.put(q.getKey(), t.total().raised());
            groups.put(q.getKey(), t.rows().size());
        }
        Map<String, List<Double>> runs = new LinkedHashMap<>();
        for (int round = 0; round < RUNS; round++) {
            for (Map.Entry<String, StatsQuery> q : queries.entrySet()) {
                long t0 = System.nanoTime();
                stats.suggestions(q.getValue());
                runs.computeIfAbsent(q.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
            }
        }
        line("%s, median of %d after a warm-up (load average %s):", title, RUNS, loadAverage());
        for (Map.Entry<String, List<Double>> e : runs.entrySet()) {
            line("  %-30s %9.0f ms   %8d raised, %3d rows   runs %s", e.getKey(), median(e.getValue()),
                    raised.get(e.getKey()), groups.get(e.getKey()), fmt(e.getValue()));
        }
    }

    // --- the naive way -----------------------------------------------------------------------------------

    private static final class Naive {
        String scope;
        long rows;
        long total;
        double seconds;
        boolean complete;
        NaiveCounts counts;
    }

    private Naive naive(String scope, Region region, LocalDate today) throws IOException {
        SuggestionQuery q = new SuggestionQuery(region.id(), true, Set.of(), null, null, null, null, null, null, null,
                null, null, null);
        Naive n = new Naive();
        n.scope = scope;
        n.counts = new NaiveCounts(today);
        List<Double> pageMs = new ArrayList<>();
        long start = System.nanoTime();
        int offset = 0;
        while (true) {
            long t0 = System.nanoTime();
            Page<Suggestion> page = suggestions.list(q, PageRequest.of(offset, PAGE));
            pageMs.add((System.nanoTime() - t0) / 1e6);
            n.total = page.total();
            for (Suggestion s : page.items()) {
                n.counts.add(s);
            }
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                n.complete = true;
                break;
            }
            if (seconds(start) > NAIVE_SECONDS) {
                break;
            }
        }
        n.seconds = seconds(start);
        n.rows = offset;
        int pages = pageMs.size();
        line("naive, SuggestionService.list page by page (limit %d) and counted in Java, %s: %d of %d rows in %d"
                + " pages, %.1f s = %.0f rows/s%s; page times first %.0f ms, median %.0f ms, last %.0f ms; %s", PAGE,
                scope, n.rows, n.total, pages, n.seconds, n.rows / n.seconds,
                n.complete ? "" : " (STOPPED at the time box of " + NAIVE_SECONDS + " s)", pageMs.get(0),
                median(pageMs), pageMs.get(pages - 1), n.counts.summary());
        if (!n.complete) {
            line("  projected for all %d rows of %s: %.0f s (EXTRAPOLATED from rows/s)", n.total, scope,
                    n.total / (n.rows / n.seconds));
        }
        return n;
    }

    private void check(String scope, Naive n, StatsTable aggregate, List<String> mismatches) throws IOException {
        if (!n.complete) {
            line("correctness, %s: not checked, the naive run stopped at its time box", scope);
            return;
        }
        List<String> diff = n.counts.differences(aggregate.total());
        line("correctness, %s (%d rows): naive figures %s the aggregate's (completion %s%%, A share %s%%)%s", scope,
                n.rows, diff.isEmpty() ? "EQUAL" : "DIFFER FROM", aggregate.total().completionRate(),
                aggregate.total().aShare(), diff.isEmpty() ? "" : ": " + diff);
        mismatches.addAll(diff);
    }

    private NaiveCounts stream(String regionPath, LocalDate today) throws SQLException {
        NaiveCounts counts = new NaiveCounts(today);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL honours the fetch size only inside a transaction
            try (PreparedStatement ps = c.prepareStatement("SELECT LEDGER_NO, STATE, RESULT_CLASS, SOLVED, RATING,"
                    + " DEADLINE, REPLIED_AT FROM LX_SUGGESTION WHERE REGION_PATH LIKE ?")) {
                ps.setFetchSize(1000);
                ps.setString(1, regionPath + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String resultClass = rs.getString(3);
                        String rating = rs.getString(5);
                        java.sql.Date deadline = rs.getDate(6);
                        Timestamp replied = rs.getTimestamp(7);
                        counts.add(rs.getString(1) != null, SuggestionState.valueOf(rs.getString(2)),
                                resultClass == null ? null : ResultClass.valueOf(resultClass), rs.getBoolean(4),
                                rating == null ? null : Rating.valueOf(rating),
                                deadline == null ? null : deadline.toLocalDate(),
                                replied == null ? null : replied.toLocalDateTime().toLocalDate());
                    }
                }
            }
            c.commit();
        }
        return counts;
    }

    // --- the database ------------------------------------------------------------------------------------

    /** The CREATE INDEX statements of core's 004 script, or none when core does not ship it. */
    private List<String> indexStatements() throws IOException {
        for (Bundle b : context.getBundles()) {
            URL url = b.getEntry(INDEX_SCRIPT);
            if (url != null) {
                String sql;
                try (InputStream in = url.openStream()) {
                    sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                List<String> out = new ArrayList<>();
                StringBuilder current = new StringBuilder();
                for (String l : sql.split("\r?\n")) {
                    String t = l.trim();
                    if (t.startsWith("--") || t.isEmpty()) {
                        continue;
                    }
                    current.append(current.length() == 0 ? "" : " ").append(t);
                    if (t.endsWith(";")) {
                        String s = current.substring(0, current.length() - 1).trim();
                        if (s.toUpperCase().startsWith("CREATE INDEX")) {
                            out.add(s);
                        }
                        current.setLength(0);
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    private static String indexName(String create) {
        Matcher m = Pattern.compile("(?i)CREATE INDEX\\s+(\\S+)\\s+ON").matcher(create);
        if (!m.find()) {
            throw new IllegalStateException("no index name in " + create);
        }
        return m.group(1);
    }

    private void ddl(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
            c.commit();
        }
    }

    /** Fresh optimizer statistics after the bulk load, as the database's own maintenance would leave them. */
    private void analyze() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (postgres) {
                // VACUUM settles the visibility map (index-only scans) before autovacuum would do it mid-measurement
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("VACUUM ANALYZE LX_SUGGESTION");
                } catch (SQLException e) {
                    System.out.println("VACUUM refused (" + e.getMessage() + "), ANALYZE only");
                    try (Statement st = c.createStatement()) {
                        st.execute("ANALYZE LX_SUGGESTION");
                    }
                }
            } else {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement(
                        "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, 'LX_SUGGESTION', NULL)")) {
                    ps.execute();
                }
                c.commit();
            }
        }
    }

    private String sizes() {
        String sql = postgres
                ? "SELECT pg_relation_size('lx_suggestion') / 1048576, pg_indexes_size('lx_suggestion') / 1048576"
                : "SELECT SUM(CASE WHEN ISINDEX = 0 THEN NUMALLOCATEDPAGES * PAGESIZE ELSE 0 END) / 1048576,"
                        + " SUM(CASE WHEN ISINDEX = 1 THEN NUMALLOCATEDPAGES * PAGESIZE ELSE 0 END) / 1048576"
                        + " FROM TABLE (SYSCS_DIAG.SPACE_TABLE(CURRENT SCHEMA, 'LX_SUGGESTION')) T";
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return String.format("LX_SUGGESTION: table %d MB, indexes %d MB", rs.getLong(1), rs.getLong(2));
        } catch (SQLException e) {
            return "sizes unavailable: " + e.getMessage();
        }
    }

    /**
     * The plan of the city total, written to {@code bench-stats-plan-<db>.txt}: Derby's runtime statistics or
     * PostgreSQL's EXPLAIN ANALYZE of the statement core's SuggestionStatsSql runs for by = NONE (written out
     * here again: the benchmark cannot reach core's internals).
     */
    private void plan(String title, String regionPath, LocalDate today) throws IOException {
        String sql = "SELECT COUNT(*),"
                + " SUM(CASE WHEN STATE IN ('COMPLETED','EXPLAINED','CLOSED') THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN RESULT_CLASS = 'A' OR (RESULT_CLASS = 'B' AND SOLVED = ?) THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN RESULT_CLASS = 'A' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN RESULT_CLASS = 'B' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN RESULT_CLASS = 'C' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN RATING = 'SATISFIED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN RATING = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN RATING = 'UNSATISFIED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN RESULT_CLASS IS NOT NULL AND DEADLINE IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN RESULT_CLASS IS NOT NULL AND DEADLINE IS NOT NULL"
                + " AND CAST(REPLIED_AT AS DATE) <= DEADLINE THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN REPLIED_AT IS NULL AND DEADLINE < ? AND STATE IN ('ASSIGNED','HANDLING','SUPERVISED')"
                + " THEN 1 ELSE 0 END)"
                + " FROM LX_SUGGESTION WHERE REGION_PATH LIKE ? AND LEDGER_NO IS NOT NULL AND STATE <> 'MERGED'";
        StringBuilder out = new StringBuilder("=== " + (postgres ? "PostgreSQL" : "Derby") + ", " + ROWS + " rows, "
                + title + ", " + LocalDateTime.now().withNano(0) + "\n" + sql + "\n");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (postgres) {
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                    bind(ps, regionPath, today);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.append(rs.getString(1)).append('\n');
                        }
                    }
                }
            } else {
                try (Statement st = c.createStatement()) {
                    st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                    st.execute("CALL SYSCS_UTIL.SYSCS_SET_STATISTICS_TIMING(1)");
                }
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, regionPath, today);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.append("count ").append(rs.getLong(1)).append('\n');
                        }
                    }
                }
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                    rs.next();
                    out.append(rs.getString(1)).append('\n');
                }
                try (Statement st = c.createStatement()) {
                    st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
                }
            }
            c.commit();
        } catch (SQLException e) {
            out.append("plan unavailable: ").append(e).append('\n');
        }
        Path file = reportFile.resolveSibling("bench-stats-plan-" + (postgres ? "postgresql" : "derby") + ".txt");
        String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Files.writeString(file, before + out + "\n", StandardCharsets.UTF_8);
    }

    private static void bind(PreparedStatement ps, String regionPath, LocalDate today) throws SQLException {
        ps.setBoolean(1, true);
        ps.setDate(2, java.sql.Date.valueOf(today));
        ps.setString(3, regionPath + "%");
    }

    private String path(long regionId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT PATH FROM LX_REGION WHERE ID = ?")) {
            ps.setLong(1, regionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private StatsFixture.Place place(Region r, String tier, int county) throws SQLException {
        return new StatsFixture.Place(r.id(), path(r.id()), r.code(), tier, county);
    }

    // --- the report --------------------------------------------------------------------------------------

    /** Prints a line and rewrites the report file with it, so that a run cut short still leaves its figures. */
    private void line(String format, Object... args) throws IOException {
        String l = String.format(format, args);
        System.out.println(l);
        report.append(l).append('\n');
        Files.writeString(reportFile, previousReport + report, StandardCharsets.UTF_8);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String fmt(List<Double> values) {
        return values.stream().map(v -> String.format("%.0f", v)).toList().toString();
    }
}
