package org.lianxin.core.internal.tx;

import java.sql.SQLException;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PessimisticLockException;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.lianxin.api.ConflictException;
import org.lianxin.api.LianxinException;
import org.lianxin.core.internal.db.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Core's transactions: JTA through Aries' JpaTemplate, with work that must only happen after a successful
 * commit (publishing events), and database conflicts turned into {@link ConflictException}s.
 */
@Component(service = Tx.class)
public class Tx {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Tx.class);
    private final JpaTemplate jpa;
    private final TransactionSynchronizationRegistry registry;

    @Activate
    public Tx(@Reference(target = "(osgi.unit.name=lianxin-core)") JpaTemplate jpa,
            @Reference TransactionSynchronizationRegistry registry, @Reference CoreSchema schemaReady) {
        this.jpa = jpa;
        this.registry = registry;
    }

    /** Attempts of a transaction the database rolled back for a lock timeout, deadlock or serialization failure. */
    static final int ATTEMPTS = 3;

    /** Runs {@code work} in the current transaction or a new one. */
    public <R> R write(Function<EntityManager, R> work) {
        return inTransaction() ? run(TransactionType.Required, work, true) : retrying(TransactionType.Required, work);
    }

    /** Runs {@code work} in a transaction of its own, suspending the caller's. */
    public <R> R writeNew(Function<EntityManager, R> work) {
        return retrying(TransactionType.RequiresNew, work);
    }

    /**
     * A transaction the database chose as a victim (SQLState class 40) did nothing; running it again is what the
     * database asks for. Only whole transactions are retried: work joining a caller's transaction fails with it.
     */
    private <R> R retrying(TransactionType type, Function<EntityManager, R> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return run(type, work, true);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransientRollback(e)) {
                    throw e;
                }
                LOG.debug("transaction rolled back by the database, attempt {} of {}", attempt, ATTEMPTS, e);
            }
        }
    }

    /** Whether the database rolled the transaction back for a reason that may not recur (SQLState class 40). */
    static boolean isTransientRollback(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** Reads within the current transaction if there is one. */
    public <R> R read(Function<EntityManager, R> work) {
        return run(TransactionType.Supports, work, false);
    }

    /**
     * A refusal (bad input, unknown id, illegal transition) is an answer, not a failure: it marks the transaction
     * for rollback, so nothing is written, and leaves the template quietly, without the stack trace Aries logs
     * for exceptions thrown through it.
     */
    private <R> R run(TransactionType type, Function<EntityManager, R> work, boolean writes) {
        LianxinException[] refused = new LianxinException[1];
        try {
            R result = jpa.txExpr(type, em -> {
                try {
                    return work.apply(em);
                } catch (LianxinException e) {
                    refused[0] = e;
                    if (writes && inTransaction()) {
                        registry.setRollbackOnly();
                    }
                    return null;
                }
            });
            if (refused[0] != null) {
                throw refused[0];
            }
            return result;
        } catch (RuntimeException e) {
            if (refused[0] != null) {
                throw refused[0];
            }
            throw translate(e);
        }
    }

    /** Whether the calling thread runs inside a transaction. */
    public boolean inTransaction() {
        return registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    /** Runs {@code action} once the current transaction has committed; never when it rolls back. */
    public void afterCommit(Runnable action) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    /** Whether a failure was caused by a concurrent change of the same rows. */
    public static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException translate(RuntimeException e) {
        if (e instanceof LianxinException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LianxinException le) {
                return le;
            }
            if (t instanceof OptimisticLockException) {
                return new ConflictException("the item was changed by someone else meanwhile; reload and try again");
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                LOG.debug("constraint violation turned into a conflict", e);
                return new ConflictException("the change conflicts with existing data (a duplicate or a missing reference)");
            }
        }
        return e;
    }
}
