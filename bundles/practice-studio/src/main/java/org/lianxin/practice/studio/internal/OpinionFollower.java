package org.lianxin.practice.studio.internal;

import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.ResultClass;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionEvent;
import org.lianxin.practice.studio.internal.jpa.StudioOpinionEntity;
import org.lianxin.practice.studio.internal.model.OpinionOutcome;
import org.lianxin.spi.SuggestionListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps the outcome of the opinions studios collected in step with their suggestions: completed as A-class, or
 * marked solved later on the look-back list, is implemented (the studio's 落实率); completed as C-class is not.
 */
@Component(service = SuggestionListener.class)
public class OpinionFollower implements SuggestionListener {
    private final StudioTx tx;
    private final SuggestionService suggestions;

    @Activate
    public OpinionFollower(@Reference StudioTx tx, @Reference SuggestionService suggestions) {
        this.tx = tx;
        this.suggestions = suggestions;
    }

    @Override
    public void onEvent(SuggestionEvent event) {
        if (!event.toState().isCompleted()) {
            return;
        }
        tx.write(em -> {
            var rows = em.createQuery("SELECT o FROM StudioOpinionEntity o WHERE o.suggestionId = :s",
                    StudioOpinionEntity.class).setParameter("s", event.suggestionId()).getResultList();
            if (!rows.isEmpty()) {
                OpinionOutcome outcome = outcome(suggestions.get(event.suggestionId()));
                rows.forEach(o -> o.outcome = outcome.name());
            }
            return null;
        });
    }

    static OpinionOutcome outcome(Suggestion s) {
        if (s.solved() || s.resultClass() == ResultClass.A) {
            return OpinionOutcome.IMPLEMENTED;
        }
        return s.resultClass() == ResultClass.C ? OpinionOutcome.NOT_IMPLEMENTED : OpinionOutcome.PENDING;
    }
}
