package org.lianxin.practice.support;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.lianxin.api.ConflictException;
import org.lianxin.api.LianxinException;

/**
 * A practice's transactions (JTA, through its own persistence unit's {@link JpaTemplate}). Core services called inside
 * one join it, so a practice row and the core rows it goes with (an opinion, a duty record, a suggestion) commit or
 * roll back together. Aries wraps what the work throws; a refusal comes back out as itself, a concurrent change as
 * a {@link ConflictException}.
 */
public class PracticeTx {
    private final JpaTemplate jpa;

    public PracticeTx(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public <R> R write(Function<EntityManager, R> work) {
        return run(TransactionType.Required, work);
    }

    public <R> R read(Function<EntityManager, R> work) {
        return run(TransactionType.Supports, work);
    }

    private <R> R run(TransactionType type, Function<EntityManager, R> work) {
        try {
            return jpa.txExpr(type, work::apply);
        } catch (RuntimeException e) {
            throw unwrap(e);
        }
    }

    static RuntimeException unwrap(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LianxinException refusal) {
                return refusal;
            }
            if (t instanceof OptimisticLockException) {
                return new ConflictException("the item was changed by someone else meanwhile; reload and try again");
            }
        }
        return e;
    }
}
