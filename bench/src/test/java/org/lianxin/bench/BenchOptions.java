package org.lianxin.bench;

import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** Container options the benchmarks share: the Maven repository in use, and a PostgreSQL database of their own. */
final class BenchOptions {
    private BenchOptions() {
    }

    /**
     * The built distribution with ports of its own ({@code prefix} 38 gives 38181, 38101, 38099, 38444, so benchmarks
     * and itests can run beside each other), no escalation job and no demo data.
     */
    static List<Option> container(int prefix, long timeoutMillis) {
        return new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(System.getProperty("lianxin.distribution")).toURI().toString())
                        .unpackDirectory(new File("target/exam")).useDeployFolder(false).name("Lianxin")
                        .karafVersion("4.4.10"),
                configureConsole().ignoreLocalConsole(), logLevel(LogLevel.WARN), systemTimeout(timeoutMillis),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", prefix + "181"),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", prefix + "101"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", prefix + "099"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", prefix + "444"),
                editConfigurationFilePut("etc/org.lianxin.escalation.cfg", "enabled", "false"),
                editConfigurationFilePut("etc/org.lianxin.demo.cfg", "enabled", "false")));
    }

    /** Lets Karaf resolve from the same local repository as the build (e.g. a copy given with -Dmaven.repo.local). */
    static List<Option> mavenRepository() {
        String repo = System.getProperty("maven.repo.local");
        return repo == null ? List.of() : List.of(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                "org.ops4j.pax.url.mvn.localRepository", repo));
    }

    /** Drops and creates {@code database} on 127.0.0.1:5432 and points the lianxin DataSource at it. */
    static List<Option> freshPostgres(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
        }
        String cfg = "etc/org.ops4j.datasource-lianxin.cfg";
        List<Option> options = new ArrayList<>();
        options.add(editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"));
        options.add(editConfigurationFilePut(cfg, "url", "jdbc:postgresql://127.0.0.1:5432/" + database));
        options.add(editConfigurationFilePut(cfg, "user", "postgres"));
        options.add(editConfigurationFilePut(cfg, "password", ""));
        return options;
    }
}
