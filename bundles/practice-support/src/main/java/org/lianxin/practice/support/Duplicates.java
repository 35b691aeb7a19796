package org.lianxin.practice.support;

import java.sql.SQLException;

import org.lianxin.api.LianxinException;

/**
 * Whether a failed write broke a unique index (SQL state 23xxx), however the persistence layers wrapped it: the
 * database's word that someone else got there first, which a practice turns into a precise 409.
 */
public final class Duplicates {

    private Duplicates() {
    }

    public static boolean isDuplicate(RuntimeException e) {
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
