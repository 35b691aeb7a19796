package org.lianxin.shell.internal.suggestion;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.api.dto.SuggestionState;

final class SuggestionFixtures {

    private SuggestionFixtures() {
    }

    static Suggestion suggestion(long id, String ledgerNo, String title) {
        return suggestion(id, ledgerNo, title, SuggestionState.REGISTERED, null, null, false);
    }

    static Suggestion suggestion(long id, String ledgerNo, String title, SuggestionState state, Long leadUnitId,
            LocalDate deadline, boolean overdue) {
        return new Suggestion(id, ledgerNo, SuggestionKind.INTER_SESSION_OPINION, Category.INFRASTRUCTURE, title,
                "内容", state, 1, 1, null, List.of(3L), null, List.of(), leadUnitId, List.of(), null, List.of(),
                deadline, deadline == null ? null : ClockRule.HANDLING_SINGLE_UNIT, overdue, null, null, null, null,
                null, null, 0, false, false, null, false, false, null, null, null, null);
    }
}
