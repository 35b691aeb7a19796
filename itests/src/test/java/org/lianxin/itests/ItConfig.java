package org.lianxin.itests;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Where the distribution under test is, which database it uses, and the ports it listens on. */
final class ItConfig {
    /**
     * Ports are {@code <base>181} (HTTP), {@code <base>101} (ssh), {@code <base>099} and {@code <base>444} (JMX), base
     * 18 unless {@code -Dlianxin.itest.portBase=NN} says otherwise (two checkouts testing side by side). The test
     * container gets the same property, so the probe inside it computes the same ports.
     */
    static final int PORT_BASE = Integer.getInteger("lianxin.itest.portBase", 18);
    static final int HTTP_PORT = PORT_BASE * 1000 + 181;
    static final int SSH_PORT = PORT_BASE * 1000 + 101;
    static final int RMI_REGISTRY_PORT = PORT_BASE * 1000 + 99;
    static final int RMI_SERVER_PORT = PORT_BASE * 1000 + 444;
    static final String PG_DATABASE = "lianxin_it";
    private static final java.util.Set<String> RESET = new java.util.HashSet<>();

    private ItConfig() {
    }

    static String version() {
        return System.getProperty("project.version", "0.1.0-SNAPSHOT");
    }

    static boolean postgresql() {
        return "postgresql".equals(System.getProperty("lianxin.itest.db", "derby"));
    }

    static String pgUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    /** The tar.gz the reactor built, so that the tests need nothing installed in the local repository. */
    static File distribution() {
        File f = new File(System.getProperty("lianxin.distribution", "../karaf-assembly/target/lianxin-karaf-assembly-"
                + version() + ".tar.gz"));
        if (!f.isFile()) {
            throw new IllegalStateException("no distribution at " + f.getAbsolutePath() + ": build karaf-assembly first");
        }
        return f;
    }

    /** Gives the PostgreSQL run a fresh database of this name, once per test JVM. */
    static synchronized void resetPostgresql(String database) {
        if (!postgresql() || RESET.contains(database)) {
            return;
        }
        try (Connection c = DriverManager.getConnection(pgUrl("postgres"), "postgres", "");
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare PostgreSQL database " + database
                    + " on 127.0.0.1:5432 (is PostgreSQL running?)", e);
        }
        RESET.add(database);
    }
}
