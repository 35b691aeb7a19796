package org.lianxin.itests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The built distribution unpacked and run as an administrator would: bin/start, bin/stop, bin/client. */
final class Distribution {
    final Path home;

    private Distribution(Path home) {
        this.home = home;
    }

    /** Unpacks the tar.gz afresh under {@code target/<name>} and points it at the given ports. */
    static Distribution unpack(String name, int httpPort, int sshPort) throws Exception {
        Path dir = Path.of("target", name).toAbsolutePath();
        if (Files.exists(dir)) {
            run(dir.getParent(), Duration.ofMinutes(1), "rm", "-rf", dir.toString());
        }
        Files.createDirectories(dir);
        run(dir, Duration.ofMinutes(2), "tar", "xzf", ItConfig.distribution().getAbsolutePath(),
                "--strip-components=1");
        Distribution d = new Distribution(dir);
        d.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort));
        d.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(sshPort));
        d.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(httpPort + 2));
        d.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(httpPort + 3));
        return d;
    }

    /** Sets a key of an etc/ file, replacing an existing line or appending one. */
    void setProperty(String file, String key, String value) throws IOException {
        Path p = home.resolve(file);
        List<String> lines = Files.exists(p) ? new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8))
                : new ArrayList<>();
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).trim();
            if (l.startsWith(key + " ") || l.startsWith(key + "=")) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(p, lines, StandardCharsets.UTF_8);
    }

    void start() throws Exception {
        run(home, Duration.ofSeconds(60), "bin/start");
    }

    /** Stops Karaf and waits until its JVM is gone (bin/status says "Not Running" while it still shuts down). */
    void stop() throws Exception {
        run(home, Duration.ofSeconds(60), "bin/stop");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end && (isRunning() || jvmAlive())) {
            Thread.sleep(250);
        }
        if (isRunning() || jvmAlive()) {
            throw new IllegalStateException("Karaf did not stop within 60 s");
        }
    }

    private boolean jvmAlive() {
        String marker = "-Dkaraf.home=" + home;
        return ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().map(c -> c.contains(marker))
                .orElse(false));
    }

    boolean isRunning() throws Exception {
        return run(home, Duration.ofSeconds(30), "bin/status").exit == 0;
    }

    /** Runs a console command through bin/lianxin, the wrapper of bin/client that scripts use. */
    Result client(String user, String password, String command) throws Exception {
        return run(home, Duration.ofSeconds(60), Map.of("LIANXIN_USER", user, "LIANXIN_PASSWORD", password),
                "bin/lianxin", command);
    }

    String file(String relative) throws IOException {
        Path p = home.resolve(relative);
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
    }

    record Result(int exit, String output) {
    }

    static Result run(Path dir, Duration timeout, String... command) throws Exception {
        return run(dir, timeout, Map.of(), command);
    }

    static Result run(Path dir, Duration timeout, Map<String, String> env, String... command) throws Exception {
        File log = File.createTempFile("lianxin-run", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
            }
            return new Result(p.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
        } finally {
            log.delete();
        }
    }
}
