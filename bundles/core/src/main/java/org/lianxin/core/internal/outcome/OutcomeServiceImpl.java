package org.lianxin.core.internal.outcome;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.lianxin.api.NotFoundException;
import org.lianxin.api.OutcomeService;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.OpinionStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.PublicOutcome;
import org.lianxin.core.internal.directory.Regions;
import org.lianxin.core.internal.jpa.OpinionEntity;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.security.Access;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Published outcomes for the public pages; what is published and who reads it is {@link OutcomePolicy}'s. Reads
 * only: one paged query and its count, then one query each for the page's region and lead unit names.
 */
@Component(service = OutcomeService.class)
public class OutcomeServiceImpl implements OutcomeService {
    private final Tx tx;
    private final Access access;

    @Activate
    public OutcomeServiceImpl(@Reference Tx tx, @Reference Access access) {
        this.tx = tx;
        this.access = access;
    }

    @Override
    public Page<PublicOutcome> published(Long regionId, Category category, String q, PageRequest page) {
        OutcomePolicy.checkReader(access.caller());
        String text = Check.optional(q, "q", Check.TITLE);
        PageRequest p = page == null ? PageRequest.first() : page;
        return tx.read(em -> {
            Jpql<SuggestionEntity> j = OutcomePolicy.publishedOnly(Jpql.from(SuggestionEntity.class, "s"))
                    .orderBy("COALESCE(s.closedAt, s.updatedAt) DESC, s.id DESC");
            if (regionId != null) {
                j.where("s.regionPath LIKE :rp", "rp", Regions.subtreePattern(Regions.find(em, regionId)));
            }
            j.where("s.category = :c", "c", category == null ? null : category.name());
            j.whereContains("t", text, "s.title", "s.ledgerNo");
            Page<SuggestionEntity> rows = j.page(em, p, s -> s);
            return new Page<>(dtos(em, rows.items()), rows.total(), rows.offset(), rows.limit());
        });
    }

    @Override
    public PublicOutcome get(long id) {
        OutcomePolicy.checkReader(access.caller());
        return tx.read(em -> {
            SuggestionEntity s = em.find(SuggestionEntity.class, id);
            if (!OutcomePolicy.isPublished(s)) {
                // the same answer for an item that exists but is not published: nothing is told about it
                throw new NotFoundException("published outcome", id);
            }
            return dtos(em, List.of(s)).get(0);
        });
    }

    /** Open to everyone: the receipt is the submitter's, unguessable, and leads to their one opinion's item. */
    @Override
    public PublicOutcome ofReceipt(String receiptNo) {
        OutcomePolicy.checkReader(access.caller());
        String no = Check.text(receiptNo, "receiptNo", 40).toUpperCase(Locale.ROOT);
        return tx.read(em -> {
            OpinionEntity o = em.createQuery("SELECT o FROM OpinionEntity o WHERE o.receiptNo = :n",
                    OpinionEntity.class).setParameter("n", no).getResultList().stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("opinion receipt", no));
            if (o.suggestionId == null) {
                throw new NotFoundException("opinion receipt", no, "opinion " + no
                        + (OpinionStatus.DISMISSED.name().equals(o.status) ? " was dismissed: it has not been taken up"
                                + " as a suggestion" : " has not been taken up as a suggestion yet"));
            }
            SuggestionEntity s = OutcomeMapper.followMerges(em.find(SuggestionEntity.class, o.suggestionId),
                    id -> em.find(SuggestionEntity.class, id));
            if (s == null) {
                throw new NotFoundException("opinion receipt", no, "the suggestion of opinion " + no
                        + " does not exist any more");
            }
            return dtos(em, List.of(s)).get(0);
        });
    }

    /** The page's rows with their region and lead unit names: one IN query each, whatever the page's size. */
    private static List<PublicOutcome> dtos(EntityManager em, List<SuggestionEntity> rows) {
        Set<Long> regions = new LinkedHashSet<>();
        Set<Long> units = new LinkedHashSet<>();
        for (SuggestionEntity s : rows) {
            regions.add(s.regionId);
            if (s.leadUnitId != null) {
                units.add(s.leadUnitId);
            }
        }
        Map<Long, String> regionNames = names(em, "RegionEntity", regions);
        Map<Long, String> unitNames = names(em, "UnitEntity", units);
        return rows.stream().map(s -> OutcomeMapper.dto(s, regionNames, unitNames)).toList();
    }

    private static Map<Long, String> names(EntityManager em, String entity, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createQuery("SELECT e.id, e.name FROM " + entity + " e WHERE e.id IN :ids",
                Object[].class).setParameter("ids", List.copyOf(ids)).getResultList()) {
            names.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return names;
    }
}
