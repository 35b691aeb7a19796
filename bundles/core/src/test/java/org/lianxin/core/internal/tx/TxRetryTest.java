package org.lianxin.core.internal.tx;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import javax.persistence.PersistenceException;

import org.junit.Test;

public class TxRetryTest {
    @Test
    public void aLockTimeoutOrDeadlockDeepInTheChainIsWorthAnotherAttempt() {
        // Derby's lock timeout (40XL1) and deadlock (40001), PostgreSQL's deadlock (40P01), as EclipseLink wraps them
        for (String state : new String[] { "40XL1", "40001", "40P01" }) {
            SQLException cause = new SQLTransactionRollbackException("lock", state);
            assertTrue(state, Tx.isTransientRollback(new PersistenceException(new RuntimeException(cause))));
        }
    }

    @Test
    public void constraintViolationsAndOtherFailuresAreNotRetried() {
        assertFalse(Tx.isTransientRollback(new PersistenceException(new SQLException("duplicate", "23505"))));
        assertFalse(Tx.isTransientRollback(new PersistenceException(new SQLException("no state"))));
        assertFalse(Tx.isTransientRollback(new IllegalStateException("plain")));
    }
}
