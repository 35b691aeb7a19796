package org.lianxin.practice.petition.internal;

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
 * The petition practice's transactions (JTA, through its own persistence unit). Core services called inside one
 * join it, so a petition row and the core rows it goes with (a duty record, a suggestion) commit or roll back together.
 * Aries wraps what the work throws; a refusal comes back out as itself.
 */
@Component(service = PetitionTx.class)
public class PetitionTx {
    private final JpaTemplate jpa;

    @Activate
    public PetitionTx(@Reference(target = "(osgi.unit.name=lianxin-practice-petition)") JpaTemplate jpa,
            @Reference PetitionSchema schemaReady) {
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
