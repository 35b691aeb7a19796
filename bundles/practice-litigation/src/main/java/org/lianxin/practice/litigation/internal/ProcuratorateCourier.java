package org.lianxin.practice.litigation.internal;

import javax.persistence.EntityManager;

import org.lianxin.practice.litigation.internal.jpa.ClueEntity;
import org.lianxin.practice.litigation.internal.jpa.OutboxEntity;
import org.osgi.service.component.annotations.Component;

/**
 * The hand-off of a clue to the procuratorate, with no external system here: the clue is marked handed over and the
 * hand-off logged, once per outbox row. A connector to a real procuratorate system replaces it (a Courier with
 * {@code courier=procuratorate} and a higher service ranking).
 */
@Component(service = Courier.class, property = {Courier.PROPERTY + "=procuratorate", "service.ranking:Integer=0"})
public class ProcuratorateCourier implements Courier {

    @Override
    public void deliver(EntityManager em, OutboxEntity row) {
        if (Handoffs.logged(em, row.id)) {
            return;
        }
        ClueEntity clue = em.find(ClueEntity.class, row.clueId);
        if (clue == null) {
            throw new IllegalStateException("clue " + row.clueId + " does not exist");
        }
        clue.handedOverAt = LitigationMapper.now();
        Handoffs.log(em, row, "TO_PROCURATORATE", clue.suggestionId, clue.handedOverAt);
    }
}
