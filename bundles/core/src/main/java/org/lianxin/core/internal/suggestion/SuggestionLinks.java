package org.lianxin.core.internal.suggestion;

import java.util.List;

import javax.persistence.EntityManager;

import org.lianxin.core.internal.jpa.IdList;
import org.lianxin.core.internal.jpa.SuggestionDeputyLink;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.jpa.SuggestionUnitLink;

/** Keeps a suggestion's proposer and co-unit lists and their index rows in step. */
final class SuggestionLinks {
    private SuggestionLinks() {
    }

    /** Sets the proposers of a suggestion that has its id already. */
    static void setDeputies(EntityManager em, SuggestionEntity s, List<Long> ids) {
        if (!IdList.parse(s.deputyIds).isEmpty()) {
            em.createQuery("DELETE FROM SuggestionDeputyLink l WHERE l.suggestionId = :id").setParameter("id", s.id)
                    .executeUpdate();
        }
        s.deputyIds = IdList.format(ids);
        addDeputyLinks(em, s.id, ids, 0);
    }

    /** Appends proposers (a merged duplicate's) that the suggestion does not have yet. */
    static void addDeputies(EntityManager em, SuggestionEntity s, List<Long> added) {
        List<Long> ids = IdList.parse(s.deputyIds);
        int pos = ids.size();
        ids.addAll(added);
        s.deputyIds = IdList.format(ids);
        addDeputyLinks(em, s.id, added, pos);
    }

    private static void addDeputyLinks(EntityManager em, long suggestionId, List<Long> ids, int firstPos) {
        int pos = firstPos;
        for (Long d : ids) {
            SuggestionDeputyLink link = new SuggestionDeputyLink();
            link.suggestionId = suggestionId;
            link.deputyId = d;
            link.pos = pos++;
            em.persist(link);
        }
    }

    static void setCoUnits(EntityManager em, SuggestionEntity s, List<Long> ids) {
        if (IdList.parse(s.coUnitIds).equals(ids)) {
            return;
        }
        em.createQuery("DELETE FROM SuggestionUnitLink l WHERE l.suggestionId = :id").setParameter("id", s.id)
                .executeUpdate();
        s.coUnitIds = IdList.format(ids);
        int pos = 0;
        for (Long u : ids) {
            SuggestionUnitLink link = new SuggestionUnitLink();
            link.suggestionId = s.id;
            link.unitId = u;
            link.pos = pos++;
            em.persist(link);
        }
    }
}
