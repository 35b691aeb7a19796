package org.lianxin.core.internal.suggestion;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.tx.Tx;

/**
 * The ledger filters of the REST API, read in id order a chunk at a time, each chunk in a transaction of its own,
 * so an export of a million rows holds one chunk in memory and no transaction for the whole download.
 */
public final class LedgerChunks {
    public static final int CHUNK = 1000;

    private LedgerChunks() {
    }

    /** Checks the filters (unknown region, dates the wrong way round) before anything is written. */
    public static void check(Tx tx, SuggestionQuery query, LocalDate today) {
        tx.read(em -> SuggestionFilter.of(em, query, today));
    }

    public static void forEach(Tx tx, SuggestionQuery query, LocalDate today, Consumer<List<SuggestionEntity>> chunk) {
        long after = 0;
        while (true) {
            long from = after;
            List<SuggestionEntity> rows = tx.read(em -> {
                List<SuggestionEntity> list = SuggestionFilter.of(em, query, today).chunkAfter(em, from, CHUNK);
                em.clear();
                return list;
            });
            if (rows.isEmpty()) {
                return;
            }
            chunk.accept(rows);
            after = rows.get(rows.size() - 1).id;
            if (rows.size() < CHUNK) {
                return;
            }
        }
    }
}
