package org.lianxin.practice.studio.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.lianxin.api.ConflictException;
import org.lianxin.api.LianxinException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The studio practice's transactions (JTA, through its own persistence unit). Core services called inside one
 * join it, so a studio row and the core rows it goes with (an opinion, a duty record) commit or roll back together.
 * Aries wraps what the work throws; a refusal comes back out as itself.
 */
@Component(service = StudioTx.class)
public class StudioTx {
    private final JpaTemplate jpa;

    @Activate
    public StudioTx(@Reference(target = "(osgi.unit.name=lianxin-practice-studio)") JpaTemplate jpa,
            @Reference StudioSchema schemaReady) {
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
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof LianxinException refusal) {
                    throw refusal;
                }
                if (t instanceof javax.persistence.OptimisticLockException) {
                    throw new ConflictException("the item was changed by someone else meanwhile; reload and try again");
                }
            }
            throw e;
        }
    }
}
