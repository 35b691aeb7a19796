package org.lianxin.practice.litigation.internal;

import java.util.List;

import javax.persistence.EntityManager;

import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.practice.litigation.internal.jpa.OutboxEntity;
import org.lianxin.practice.litigation.internal.jpa.ProcuratorialEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Delivers a procuratorial suggestion into the deputies' flow: registers it as an inter-session suggestion of the
 * deputies named, in the outbox's transaction (core's insert and the procuratorial record's suggestion id commit
 * together). Idempotent: a record that already has its suggestion is not registered again.
 */
@Component(service = Courier.class, property = Courier.PROPERTY + "=deputies")
public class DeputyCourier implements Courier {
    private final SuggestionService suggestions;

    @Activate
    public DeputyCourier(@Reference SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public void deliver(EntityManager em, OutboxEntity row) {
        ProcuratorialEntity p = em.find(ProcuratorialEntity.class, row.procuratorialId);
        if (p == null) {
            throw new IllegalStateException("procuratorial suggestion " + row.procuratorialId + " does not exist");
        }
        if (convert(p, suggestions, row.createdBy) && !Handoffs.logged(em, row.id)) {
            Handoffs.log(em, row, "TO_DEPUTIES", p.suggestionId, p.convertedAt);
        }
    }

    /** Registers the suggestion unless the record has one already; true when it has one now. */
    static boolean convert(ProcuratorialEntity p, SuggestionService suggestions, String actor) {
        if (p.suggestionId != null) {
            return true;
        }
        Suggestion s = suggestions.register(new NewSuggestion(SuggestionKind.INTER_SESSION_OPINION, p.regionId,
                Category.valueOf(p.category), p.title, p.content + "\n（由" + p.procuratorate + "检察建议 " + p.caseNo
                        + " 转化）", LitigationMapper.ids(p.deputyIds), null, List.of()), actor);
        p.suggestionId = s.id();
        p.convertedAt = LitigationMapper.now();
        return true;
    }
}
