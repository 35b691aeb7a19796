package org.lianxin.core.internal.outcome;

import java.util.Arrays;
import java.util.List;

import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.util.Jpql;

/**
 * Who may read published outcomes, and what is published (DOMAIN.md §3, 公开).
 * <ul>
 * <li>Everyone reads them: the public without a login, and every role alike. What a caller sees does not depend on
 * their region or role, because published means public; so nothing here narrows a query by the caller.</li>
 * <li>An item is published once its handling is finished: COMPLETED, EXPLAINED or CLOSED. Only then are its result
 * class, reply, reply time, rating and explanation shown; before, only where it stands. An item that is not
 * published is not found among the outcomes.</li>
 * <li>Never shown: the proposing deputies and their phones, the submitters of opinions and their contacts, reasons
 * given inside the office (returns, extensions), events and actors.</li>
 * </ul>
 */
final class OutcomePolicy {
    /** The states whose items are published, by name as the STATE column holds them. */
    static final List<String> PUBLISHED = Arrays.stream(SuggestionState.values()).filter(OutcomePolicy::isPublished)
            .map(Enum::name).toList();

    private OutcomePolicy() {
    }

    /** Anyone who calls may read; a call with no caller bound at all (no login, not even the public) may not. */
    static void checkReader(Identity me) {
        if (me == null) {
            throw new NotAuthenticatedException("no caller is bound to the call");
        }
    }

    static boolean isPublished(SuggestionState state) {
        return state != null && state.isCompleted();
    }

    static boolean isPublished(SuggestionEntity s) {
        return s != null && s.state != null && PUBLISHED.contains(s.state);
    }

    /** Narrows a query of suggestions (alias {@code s}) to the published ones: the same for every caller. */
    static Jpql<SuggestionEntity> publishedOnly(Jpql<SuggestionEntity> j) {
        return j.where("s.state IN :lxPublished", "lxPublished", PUBLISHED);
    }
}
