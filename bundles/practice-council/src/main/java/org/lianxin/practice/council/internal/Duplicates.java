package org.lianxin.practice.council.internal;

import java.sql.SQLException;

import org.lianxin.api.LianxinException;

/** Whether a failed write broke a unique index (SQL state 23xxx), however the persistence layers wrapped it. */
final class Duplicates {

    private Duplicates() {
    }

    static boolean isDuplicate(RuntimeException e) {
        if (e instanceof LianxinException) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
