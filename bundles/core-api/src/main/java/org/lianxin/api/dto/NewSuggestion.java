package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A suggestion as raised: the first deputy is the lead proposer, further ones make it joint. */
public record NewSuggestion(SuggestionKind kind, long regionId, Category category, String title, String content, List<Long> deputyIds, Long stationId, List<Long> opinionIds) {
    public NewSuggestion {
        deputyIds = deputyIds == null ? List.of() : List.copyOf(deputyIds);
        opinionIds = opinionIds == null ? List.of() : List.copyOf(opinionIds);
    }
}
