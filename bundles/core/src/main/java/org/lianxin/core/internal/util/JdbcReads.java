package org.lianxin.core.internal.util;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Read-only work on a connection of its own, outside JPA: the aggregate queries of statistics and scores. */
public final class JdbcReads {
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private JdbcReads() {
    }

    public static <T> T read(DataSource dataSource, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
    }
}
