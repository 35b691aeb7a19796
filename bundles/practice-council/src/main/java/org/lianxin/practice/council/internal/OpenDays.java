package org.lianxin.practice.council.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.practice.council.internal.jpa.CouncilEntity;
import org.lianxin.practice.council.internal.jpa.OpenDayEntity;
import org.lianxin.practice.council.internal.model.OpenDay;
import org.lianxin.practice.council.internal.model.OpenDayInput;
import org.lianxin.practice.support.Texts;
import org.lianxin.practice.support.IdLists;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Open days (试行开放日制度, 001 Chongchuan): the council's representatives attend a meeting of the standing committee
 * or meet the heads of government departments face to face; who attended, which officials were there, what was heard.
 */
@Component(service = OpenDays.class)
public class OpenDays {
    private final CouncilTx tx;
    private final Scope scope;
    private final Councils councils;

    @Activate
    public OpenDays(@Reference CouncilTx tx, @Reference Scope scope, @Reference Councils councils) {
        this.tx = tx;
        this.scope = scope;
        this.councils = councils;
    }

    public OpenDay add(long councilId, OpenDayInput in, String actor) {
        Texts.present(in, "body");
        LocalDate on = Texts.present(in.heldOn(), "heldOn");
        Councils.notFuture(on, "heldOn");
        String title = Texts.required(in.title(), "title", Texts.SHORT);
        Set<Long> attending = new LinkedHashSet<>(Texts.present(in.representativeIds(), "representativeIds"));
        if (attending.isEmpty()) {
            throw new ValidationException("representativeIds", "name the representatives attending");
        }
        if (attending.size() != in.representativeIds().size()) {
            throw new ValidationException("representativeIds", "names a representative more than once");
        }
        String officials = Texts.optional(in.officials(), "officials", 2000);
        String opinions = Texts.optional(in.opinions(), "opinions", Texts.LONG);
        return tx.write(em -> {
            CouncilEntity c = councils.find(em, councilId);
            scope.requireActive(c.regionId);
            councils.requireRepresentatives(em, c, attending, on, "representativeIds");
            OpenDayEntity o = new OpenDayEntity();
            o.councilId = councilId;
            o.heldOn = on;
            o.kind = Texts.present(in.kind(), "kind").name();
            o.title = title;
            o.repIds = IdLists.store(attending);
            o.officials = officials;
            o.opinions = opinions;
            o.createdBy = actor;
            o.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(o);
            em.flush();
            return CouncilMapper.openDay(o);
        });
    }

    public Page<OpenDay> list(long councilId, PageRequest page) {
        return tx.read(em -> {
            councils.find(em, councilId);
            long total = em.createQuery("SELECT COUNT(o) FROM OpenDayEntity o WHERE o.councilId = :c", Long.class)
                    .setParameter("c", councilId).getSingleResult();
            List<OpenDay> items = em.createQuery("SELECT o FROM OpenDayEntity o WHERE o.councilId = :c ORDER BY"
                    + " o.heldOn DESC, o.id DESC", OpenDayEntity.class).setParameter("c", councilId)
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(CouncilMapper::openDay).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }
}
