package org.lianxin.practice.litigation.internal;

import javax.persistence.EntityManager;

import org.lianxin.practice.litigation.internal.jpa.OutboxEntity;

/**
 * Carries one hand-off to the other side. Runs inside the transaction that then marks the row SENT, so what it writes
 * and the mark commit together; it must be idempotent (a row may be delivered again after a crash before the mark
 * committed, or a lost claim). Throwing fails the attempt; the outbox retries with backoff. A connector to a real
 * procuratorate system replaces {@link ProcuratorateCourier} by registering a Courier with a higher ranking.
 */
public interface Courier {

    /** {@code courier=procuratorate} or {@code courier=deputies}: the service property the outbox selects on. */
    String PROPERTY = "courier";

    void deliver(EntityManager em, OutboxEntity row);
}
