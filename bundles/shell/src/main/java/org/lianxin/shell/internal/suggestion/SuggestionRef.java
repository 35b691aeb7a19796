package org.lianxin.shell.internal.suggestion;

import java.util.function.Function;
import java.util.function.LongFunction;

import org.lianxin.api.dto.Suggestion;
import org.lianxin.shell.support.Parse;

/** A suggestion named on the command line by id (digits only) or by ledger number (e.g. DJ-2023-000123). */
public final class SuggestionRef {

    private SuggestionRef() {
    }

    public static Suggestion resolve(String ref, LongFunction<Suggestion> byId, Function<String, Suggestion> byLedgerNo) {
        String s = Parse.ref("suggestion", ref);
        var id = Parse.id(s);
        return id.isPresent() ? byId.apply(id.getAsLong()) : byLedgerNo.apply(s);
    }

    /** How a suggestion is named in messages: its ledger number, or its id while it has none. */
    public static String label(Suggestion s) {
        return s.ledgerNo() == null ? "#" + s.id() : s.ledgerNo();
    }
}
