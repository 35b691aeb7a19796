package org.lianxin.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;

/**
 * How long a practice takes from {@code feature:install -r} to its first 200, and from uninstall to its 404, over
 * N cycles (default 10, after one warm-up) in one running distribution; a probe thread asks core's API every 10 ms
 * meanwhile and counts every answer that was not 200. Appends its report to {@code bench/target/bench-hotdeploy.txt}.
 */
@RunWith(PaxExam.class)
public class HotDeployBenchIT {
    private static final int CYCLES = Integer.getInteger("bench.deployCycles", 10);
    private static final String FEATURE = "lianxin-practice-studio";
    private static final String BASE = "http://127.0.0.1:37181/api/v1";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] config() {
        List<Option> options = BenchOptions.container(37, 1_800_000);
        options.add(editConfigurationFilePut("etc/system.properties", "bench.deployCycles", String.valueOf(CYCLES)));
        options.addAll(BenchOptions.mavenRepository());
        return options.toArray(new Option[0]);
    }

    private static int status(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(10)).GET()
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Milliseconds until the path answers the status, polling every 5 ms for at most a minute. */
    private static long until(String path, int expected, long startNanos) throws InterruptedException {
        long end = startNanos + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < end) {
            if (status(path) == expected) {
                return (System.nanoTime() - startNanos) / 1_000_000;
            }
            Thread.sleep(5);
        }
        throw new AssertionError(path + " never answered " + expected);
    }

    @Test
    public void installAndRemoveAPracticeRepeatedly() throws Exception {
        assertTrue(waitForCore());
        AtomicInteger asked = new AtomicInteger();
        List<String> failed = Collections.synchronizedList(new ArrayList<>());
        Thread probe = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                int s = status("/regions?limit=1");
                asked.incrementAndGet();
                if (s != 200) {
                    failed.add(String.valueOf(s));
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "core-probe");
        probe.start();
        List<Long> install = new ArrayList<>();
        List<Long> uninstall = new ArrayList<>();
        EnumSet<FeaturesService.Option> noRefresh = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
        for (int cycle = 0; cycle <= CYCLES; cycle++) {
            long t0 = System.nanoTime();
            features.installFeature(FEATURE, noRefresh);
            long in = until("/practices/studio/studios", 200, t0);
            long t1 = System.nanoTime();
            features.uninstallFeature(FEATURE, noRefresh);
            long out = until("/practices/studio/studios", 404, t1);
            if (cycle > 0) { // the first one warms up
                install.add(in);
                uninstall.add(out);
            }
        }
        probe.interrupt();
        probe.join();

        String report = String.format("=== hot deploy of %s: %d cycles after a warm-up, %s, %d cores, load average %s%n"
                + "install to first 200: median %d ms (min %d, max %d) %s%n"
                + "uninstall to 404:     median %d ms (min %d, max %d) %s%n"
                + "core probe: %d requests meanwhile, %d not 200%n",
                FEATURE, CYCLES, LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim(), median(install), Collections.min(install),
                Collections.max(install), install, median(uninstall), Collections.min(uninstall),
                Collections.max(uninstall), uninstall, asked.get(), failed.size());
        System.out.print(report);
        Path file = Path.of(System.getProperty("karaf.home"), "..", "..", "bench-hotdeploy.txt").normalize();
        Files.writeString(file, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertEquals("core answered every request", List.of(), failed);
    }

    private static boolean waitForCore() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < end) {
            if (status("/health") == 200) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
