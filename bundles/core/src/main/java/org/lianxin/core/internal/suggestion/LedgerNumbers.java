package org.lianxin.core.internal.suggestion;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.lianxin.core.internal.jpa.LedgerCounterEntity;
import org.lianxin.core.internal.jpa.LedgerCounterKey;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.tx.Tx;

/**
 * Ledger numbers {@code <region code>-<year>-<six-digit sequence>}, unique per region and year: the counter row
 * is locked for the rest of the registering transaction, so concurrent intakes queue on it.
 */
final class LedgerNumbers {
    private LedgerNumbers() {
    }

    static String format(String regionCode, int year, int seq) {
        return String.format("%s-%d-%06d", regionCode, year, seq);
    }

    /**
     * Makes sure the counter row exists, in a transaction of its own so that racing creators don't fail the
     * intake. Inside a caller's transaction it leaves the row to {@link #assign}.
     */
    static void ensureCounter(Tx tx, long regionId, int year, java.util.Set<LedgerCounterKey> known) {
        LedgerCounterKey key = new LedgerCounterKey(regionId, year);
        if (known.contains(key) || tx.inTransaction()) {
            return;
        }
        boolean exists = tx.read(em -> em.find(LedgerCounterEntity.class, new LedgerCounterKey(regionId, year)) != null);
        if (exists) {
            known.add(key);
            return;
        }
        try {
            tx.writeNew(em -> {
                if (em.find(LedgerCounterEntity.class, new LedgerCounterKey(regionId, year)) == null) {
                    LedgerCounterEntity c = new LedgerCounterEntity();
                    c.regionId = regionId;
                    c.year = year;
                    c.nextSeq = 1;
                    em.persist(c);
                }
                return null;
            });
        } catch (RuntimeException e) {
            // a concurrent intake created the row first; that is all we wanted
        }
        // counters are never deleted: once seen, a counter need not be looked up again
        known.add(key);
    }

    static void assign(EntityManager em, SuggestionEntity s, RegionEntity region, int year) {
        LedgerCounterEntity c = em.find(LedgerCounterEntity.class, new LedgerCounterKey(region.id, year),
                LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            // first number of the year inside a caller's transaction: a racing twin fails and is retried by its caller
            c = new LedgerCounterEntity();
            c.regionId = region.id;
            c.year = year;
            c.nextSeq = 1;
            em.persist(c);
        }
        int seq = c.nextSeq;
        c.nextSeq = seq + 1;
        s.ledgerYear = year;
        s.ledgerSeq = seq;
        s.ledgerNo = format(region.code, year, seq);
    }
}
