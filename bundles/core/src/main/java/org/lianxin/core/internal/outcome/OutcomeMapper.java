package org.lianxin.core.internal.outcome;

import java.util.Map;
import java.util.function.LongFunction;

import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.PublicOutcome;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.ResultClass;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.util.Clocks;

/** Suggestion rows to what the public sees of them ({@link OutcomePolicy} decides what is published). */
final class OutcomeMapper {
    /** Merges followed from an opinion's suggestion to the one it ended up in; a longer chain stops there. */
    static final int MAX_MERGE_HOPS = 10;

    private OutcomeMapper() {
    }

    /**
     * @param regionNames names of the rows' regions by id (one query per page)
     * @param unitNames   names of the rows' lead units by id (one query per page)
     */
    static PublicOutcome dto(SuggestionEntity s, Map<Long, String> regionNames, Map<Long, String> unitNames) {
        SuggestionState state = SuggestionState.valueOf(s.state);
        boolean published = OutcomePolicy.isPublished(state);
        return new PublicOutcome(s.id, s.ledgerNo, SuggestionKind.valueOf(s.kind), Category.valueOf(s.category),
                s.title, s.content, state, s.regionId, regionNames.get(s.regionId),
                s.leadUnitId == null ? null : unitNames.get(s.leadUnitId), s.deadline, published,
                published && s.resultClass != null ? ResultClass.valueOf(s.resultClass) : null,
                published ? s.replyText : null, published ? Clocks.instant(s.repliedAt) : null,
                published && s.rating != null ? Rating.valueOf(s.rating) : null, published ? s.explanation : null,
                // the ledger's look-back rule (SuggestionMapper.isLookBack): B class, not solved, finished
                published && "B".equals(s.resultClass) && !s.solved, s.solved, Clocks.instant(s.updatedAt));
    }

    /**
     * The suggestion a merged one ended up in: follows {@code mergedIntoId} while the item is MERGED, at most
     * {@link #MAX_MERGE_HOPS} times (a cycle or a longer chain stops with the last item reached); null when a
     * target is missing.
     */
    static SuggestionEntity followMerges(SuggestionEntity s, LongFunction<SuggestionEntity> find) {
        SuggestionEntity at = s;
        for (int hops = 0; at != null && SuggestionState.MERGED.name().equals(at.state) && at.mergedIntoId != null
                && hops < MAX_MERGE_HOPS; hops++) {
            at = find.apply(at.mergedIntoId);
        }
        return at;
    }
}
