package org.lianxin.practice.litigation.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.lianxin.api.ConflictException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.practice.litigation.internal.jpa.OutboxEntity;
import org.lianxin.practice.litigation.internal.jpa.ProcuratorialEntity;
import org.lianxin.practice.litigation.internal.model.DeputiesInput;
import org.lianxin.practice.litigation.internal.model.OutboxKind;
import org.lianxin.practice.litigation.internal.model.Procuratorial;
import org.lianxin.practice.litigation.internal.model.ProcuratorialInput;
import org.lianxin.practice.support.PracticeScope;
import org.lianxin.practice.support.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Procuratorial suggestions to turn into deputy suggestions. Recording one queues its delivery into the deputies'
 * flow in the same commit; the outbox registers the suggestion and stores its id here.
 */
@Component(service = Procuratorials.class)
public class Procuratorials {
    private final LitigationTx tx;
    private final Scope scope;

    @Activate
    public Procuratorials(@Reference LitigationTx tx, @Reference Scope scope) {
        this.tx = tx;
        this.scope = scope;
    }

    public Procuratorial record(ProcuratorialInput in, String actor) {
        Texts.present(in, "body");
        String procuratorate = Texts.required(in.procuratorate(), "procuratorate", Texts.SHORT);
        String caseNo = Texts.required(in.caseNo(), "caseNo", Texts.NAME);
        String title = Texts.required(in.title(), "title", Texts.SHORT);
        String content = Texts.required(in.content(), "content", 3800);
        long regionId = Texts.present(in.regionId(), "regionId");
        Texts.present(in.category(), "category");
        List<Long> deputies = deputies(in.deputyIds());
        LocalDate issuedOn = Clues.date(in.issuedOn(), "issuedOn");
        String path = scope.requireActive(regionId);
        return tx.write(em -> {
            ProcuratorialEntity p = new ProcuratorialEntity();
            p.procuratorate = procuratorate;
            p.caseNo = caseNo;
            p.title = title;
            p.content = content;
            p.regionId = regionId;
            p.regionPath = path;
            p.category = in.category().name();
            p.deputyIds = LitigationMapper.csv(deputies);
            p.issuedOn = issuedOn;
            p.createdBy = actor;
            p.createdAt = LitigationMapper.now();
            em.persist(p);
            em.flush();
            OutboxEntity o = OutboxRules.queue(OutboxKind.PROCURATORIAL_TO_DEPUTIES, regionId, path, actor,
                    p.createdAt);
            o.procuratorialId = p.id;
            em.persist(o);
            return LitigationMapper.procuratorial(p);
        });
    }

    /** Staff correct the deputies of a suggestion not delivered yet (then retry its failed hand-off). */
    public Procuratorial deputies(long id, DeputiesInput in) {
        Texts.present(in, "body");
        List<Long> deputies = deputies(in.deputyIds());
        return tx.write(em -> {
            ProcuratorialEntity p = find(em, id);
            if (p.suggestionId != null) {
                throw new ConflictException("procuratorial suggestion " + id + " became suggestion " + p.suggestionId
                        + " already");
            }
            p.deputyIds = LitigationMapper.csv(deputies);
            return LitigationMapper.procuratorial(p);
        });
    }

    public Procuratorial get(long id) {
        return tx.read(em -> LitigationMapper.procuratorial(find(em, id)));
    }

    public Page<Procuratorial> list(Long regionId, PageRequest page) {
        List<String> paths = scope.listPaths(regionId);
        String jpql = " FROM ProcuratorialEntity p WHERE " + PracticeScope.under("p", paths);
        return tx.read(em -> {
            TypedQuery<Long> count = PracticeScope.bind(em.createQuery("SELECT COUNT(p)" + jpql, Long.class), paths);
            TypedQuery<ProcuratorialEntity> rows = PracticeScope.bind(
                    em.createQuery("SELECT p" + jpql + " ORDER BY p.id DESC", ProcuratorialEntity.class), paths);
            List<Procuratorial> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(LitigationMapper::procuratorial).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    ProcuratorialEntity find(EntityManager em, long id) {
        ProcuratorialEntity p = em.find(ProcuratorialEntity.class, id);
        return scope.visible(p, row -> row.regionId, "procuratorial suggestion", id);
    }

    static List<Long> deputies(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new ValidationException("deputyIds", "at least one deputy is required (the lead proposer first)");
        }
        if (ids.stream().anyMatch(Objects::isNull) || ids.size() > 30) {
            throw new ValidationException("deputyIds", "holds an empty value or more than 30 deputies");
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}
