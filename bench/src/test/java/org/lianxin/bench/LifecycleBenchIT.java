package org.lianxin.bench;

import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.lianxin.api.DeputyService;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.RegionService;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.api.dto.Assignment;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.ContactInput;
import org.lianxin.api.dto.ContactPhase;
import org.lianxin.api.dto.DeputyInput;
import org.lianxin.api.dto.DeputyLevel;
import org.lianxin.api.dto.DeputySeat;
import org.lianxin.api.dto.DeputyStatus;
import org.lianxin.api.dto.Evaluation;
import org.lianxin.api.dto.EvaluationChannel;
import org.lianxin.api.dto.HandlingUnitInput;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.RegionInput;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.api.dto.Reply;
import org.lianxin.api.dto.ResultClass;
import org.lianxin.api.dto.RouteTier;
import org.lianxin.api.dto.SuggestionKind;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.util.Filter;

/**
 * Drives N suggestions through the lifecycle (creation + 8 audited transitions, one transaction each) through
 * the service API, and in the same run writes the same rows with plain JDBC on the same DataSource; prints
 * throughput for 1 and 4 threads and the ratio. Runs alternately (API, JDBC, API, JDBC) and reports medians.
 */
@RunWith(PaxExam.class)
public class LifecycleBenchIT {
    private static final int N = Integer.getInteger("bench.suggestions", 300);

    @Inject
    private SuggestionService suggestions;
    @Inject
    private RegionService regions;
    @Inject
    private HandlingUnitService units;
    @Inject
    private DeputyService deputies;
    @Inject
    @Filter("(osgi.jndi.service.name=lianxin)")
    private DataSource dataSource;

    @Configuration
    public Option[] config() throws Exception {
        List<Option> options = BenchOptions.container(38, 600_000);
        options.addAll(List.of(
                // the test itself runs inside Karaf: hand it the benchmark's parameters
                editConfigurationFilePut("etc/system.properties", "bench.db", System.getProperty("bench.db", "derby")),
                editConfigurationFilePut("etc/system.properties", "bench.suggestions", String.valueOf(N)),
                editConfigurationFilePut("etc/system.properties", "bench.threads",
                        System.getProperty("bench.threads", "1,4"))));
        options.addAll(BenchOptions.mavenRepository());
        String jfr = System.getProperty("bench.jfr");
        if (jfr != null && !jfr.isBlank()) {
            // a flight recording of the whole run, for finding where the service API spends its time
            options.add(vmOption("-XX:StartFlightRecording=filename=" + new File(jfr).getAbsolutePath()
                    + ",settings=profile"));
        }
        if ("postgresql".equals(System.getProperty("bench.db"))) {
            options.addAll(BenchOptions.freshPostgres("lianxin_bench"));
        }
        return options.toArray(new Option[0]);
    }

    @Test
    public void lifecycleThroughServiceApiVersusPlainJdbc() throws Exception {
        // the set-up is an administrator's; the measured lifecycle runs as the county's staff (the checks included)
        Callers.bind(Identity.SYSTEM);
        try {
            run();
        } finally {
            Callers.clear();
        }
    }

    private void run() throws Exception {
        Region city = regions.create(new RegionInput("BCITY", "基准市", RegionLevel.CITY, null));
        Region county = regions.create(new RegionInput("BCTY", "基准区", RegionLevel.COUNTY, city.id()));
        long unit = units.create(new HandlingUnitInput("BUNIT", "基准单位", county.id(), null)).id();
        long deputy = deputies.create(new DeputyInput("基准代表", "男", county.id(), null, null, null,
                DeputyStatus.ACTIVE, null, null, false, List.of(new DeputySeat(DeputyLevel.COUNTY, county.id(), null)),
                List.of())).id();
        String path = "/" + city.id() + "/" + county.id() + "/";
        JdbcLifecycle jdbc = new JdbcLifecycle(dataSource, county.id(), path, county.code(), deputy, unit);
        AtomicInteger counter = new AtomicInteger();
        Identity staff = new Identity(1, "bench", Set.of(Role.STAFF), county.id(), path, null, null);
        Work api = i -> Callers.run(staff, () -> serviceLifecycle(county.id(), deputy, unit, i));
        Work plain = jdbc::run;

        // warm up both paths (JIT, connection pool, EclipseLink metadata): a full run each, not measured
        measure(api, 2, N, counter);
        measure(plain, 2, N, counter);

        StringBuilder report = new StringBuilder();
        report.append(String.format("lifecycle benchmark: %d suggestions per run, creation + 8 audited transitions,"
                + " one transaction each, database %s%n", N, System.getProperty("bench.db", "derby")));
        for (String t : System.getProperty("bench.threads", "1,4").split(",")) {
            int threads = Integer.parseInt(t.trim());
            List<Double> apiRates = new ArrayList<>();
            List<Double> jdbcRates = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                apiRates.add(measure(api, threads, N, counter));
                jdbcRates.add(measure(plain, threads, N, counter));
            }
            double a = median(apiRates);
            double j = median(jdbcRates);
            report.append(String.format("threads=%d  service API %.1f suggestions/s  plain JDBC %.1f suggestions/s"
                    + "  ratio %.0f%%  (runs API %s, JDBC %s)%n", threads, a, j, 100 * a / j, fmt(apiRates),
                    fmt(jdbcRates)));
        }
        System.out.print(report);
        Path out = Path.of(System.getProperty("karaf.home"), "..", "..", "bench-lifecycle.txt").normalize();
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    private void serviceLifecycle(long region, long deputy, long unit, int i) {
        String actor = "bench";
        long id = suggestions.register(new NewSuggestion(SuggestionKind.INTER_SESSION_OPINION, region,
                Category.OTHER, "基准测试 " + i, "基准测试内容 " + i, List.of(deputy), null, List.of()), actor).id();
        suggestions.groupPass(id, actor);
        suggestions.route(id, RouteTier.COUNTY, actor);
        suggestions.assign(id, new Assignment(unit, List.of()), actor);
        suggestions.accept(id, actor);
        suggestions.logContact(id, new ContactInput(ContactPhase.DURING, "电话", "办中沟通"), actor);
        suggestions.reply(id, new Reply(ResultClass.A, "已解决"), actor);
        suggestions.evaluate(id, new Evaluation(Rating.SATISFIED, EvaluationChannel.ONLINE, null), actor);
        suggestions.close(id, actor);
    }

    @FunctionalInterface
    private interface Work {
        void run(int i) throws Exception;
    }

    /** @return suggestions per second */
    private static double measure(Work work, int threads, int n, AtomicInteger counter) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = counter.incrementAndGet();
            tasks.add(() -> {
                work.run(k);
                return null;
            });
        }
        long start = System.nanoTime();
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            // the driver JVM cannot deserialize Derby's exceptions: send the chain as text
            StringBuilder chain = new StringBuilder();
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                chain.append(t.getClass().getName()).append(": ").append(t.getMessage()).append(" <- ");
            }
            throw new IllegalStateException(chain.toString());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return n / seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static String fmt(List<Double> values) {
        return values.stream().map(v -> String.format("%.1f", v)).toList().toString();
    }
}
