package org.lianxin.practice.litigation.internal;

import java.time.LocalDateTime;

import javax.persistence.EntityManager;

import org.lianxin.practice.litigation.internal.jpa.HandoffEntity;
import org.lianxin.practice.litigation.internal.jpa.OutboxEntity;

/** The hand-off log: one line per outbox row delivered. */
final class Handoffs {

    private Handoffs() {
    }

    static boolean logged(EntityManager em, long outboxId) {
        return em.createQuery("SELECT COUNT(h) FROM HandoffEntity h WHERE h.outboxId = :o", Long.class)
                .setParameter("o", outboxId).getSingleResult() > 0;
    }

    static void log(EntityManager em, OutboxEntity row, String direction, Long suggestionId, LocalDateTime at) {
        HandoffEntity h = new HandoffEntity();
        h.outboxId = row.id;
        h.direction = direction;
        h.clueId = row.clueId;
        h.procuratorialId = row.procuratorialId;
        h.suggestionId = suggestionId;
        h.handedOverAt = at;
        em.persist(h);
    }
}
