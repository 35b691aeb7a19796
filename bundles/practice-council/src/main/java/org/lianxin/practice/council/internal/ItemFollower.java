package org.lianxin.practice.council.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionEvent;
import org.lianxin.practice.council.internal.jpa.ItemEntity;
import org.lianxin.spi.SuggestionListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps the items raised as suggestions in step with core: each event of the suggestion updates the state the item
 * shows (督), and its completion (办结: completed, explained or closed) makes the item handled, with the result class
 * and the reply, ready for the representatives' evaluation (评).
 */
@Component(service = SuggestionListener.class)
public class ItemFollower implements SuggestionListener {
    private final CouncilTx tx;
    private final SuggestionService suggestions;

    @Activate
    public ItemFollower(@Reference CouncilTx tx, @Reference SuggestionService suggestions) {
        this.tx = tx;
        this.suggestions = suggestions;
    }

    @Override
    public void onEvent(SuggestionEvent event) {
        tx.write(em -> {
            var rows = em.createQuery("SELECT i FROM ItemEntity i WHERE i.suggestionId = :s", ItemEntity.class)
                    .setParameter("s", event.suggestionId()).getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Suggestion s = suggestions.get(event.suggestionId());
            for (ItemEntity i : rows) {
                i.suggestionState = s.state().name();
                i.ledgerNo = s.ledgerNo();
                if (s.state().isCompleted() && i.handled == 0) {
                    i.handled = 1;
                    i.handledOn = LocalDate.ofInstant(event.at(), ZoneId.systemDefault());
                    i.handlingResult = result(s);
                }
            }
            return null;
        });
    }

    /** What the representatives are shown of core's handling: the result class and the reply, cut to fit. */
    static String result(Suggestion s) {
        String text = "办结" + (s.resultClass() == null ? "" : "（" + s.resultClass() + "类）")
                + (s.replyText() == null ? "" : "：" + s.replyText());
        return text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
    }
}
