package org.lianxin.bench;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.ops4j.pax.exam.Option;

/** Container options the benchmarks share: the Maven repository in use, and a PostgreSQL database of their own. */
final class BenchOptions {
    private BenchOptions() {
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
