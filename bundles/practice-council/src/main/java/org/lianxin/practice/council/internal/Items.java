package org.lianxin.practice.council.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.lianxin.api.DeputyService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.OpinionService;
import org.lianxin.api.RegionService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DeputySeat;
import org.lianxin.api.dto.DeputyStatus;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Opinion;
import org.lianxin.api.dto.OpinionInput;
import org.lianxin.api.dto.OpinionSource;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.practice.council.internal.jpa.CouncilEntity;
import org.lianxin.practice.council.internal.jpa.ItemEntity;
import org.lianxin.practice.council.internal.jpa.RepresentativeEntity;
import org.lianxin.practice.council.internal.jpa.SupervisionEntity;
import org.lianxin.practice.council.internal.model.EvaluationInput;
import org.lianxin.practice.council.internal.model.HandlingInput;
import org.lianxin.practice.council.internal.model.Item;
import org.lianxin.practice.council.internal.model.ItemAction;
import org.lianxin.practice.council.internal.model.ItemRoute;
import org.lianxin.practice.council.internal.model.ItemStatus;
import org.lianxin.practice.council.internal.model.SelectInput;
import org.lianxin.practice.council.internal.model.SortInput;
import org.lianxin.practice.council.internal.model.Supervision;
import org.lianxin.practice.council.internal.model.SupervisionInput;
import org.lianxin.practice.support.PracticeScope;
import org.lianxin.practice.support.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 选、分、督、评 (001 Chongchuan: 将意见建议按"选、分、督、评"四个环节，形成建议办理的闭环):
 * <ul>
 * <li><b>选 select</b>: a problem residents raised with a representative is selected at a meeting (or by the
 * convenor) and recorded in core's opinion register, which gives it a receipt number;</li>
 * <li><b>分 sort</b>: classified, and either raised as a core suggestion by a deputy who represents the street (the
 * opinion promoted, as a studio's opinions are) or handed to the street office to handle directly;</li>
 * <li><b>督 supervise</b>: the representatives' supervision notes while it is handled; a raised item shows its
 * suggestion's state, kept current by {@link ItemFollower};</li>
 * <li><b>评 evaluate</b>: once core completed the suggestion (办结) or the street office recorded its handling, the
 * representatives' evaluation.</li>
 * </ul>
 * Each core call runs in the item's transaction: the item and core's opinion or suggestion commit together.
 */
@Component(service = Items.class)
public class Items {
    private final CouncilTx tx;
    private final Scope scope;
    private final Councils councils;
    private final OpinionService opinions;
    private final DeputyService deputies;
    private final RegionService regions;

    @Activate
    public Items(@Reference CouncilTx tx, @Reference Scope scope, @Reference Councils councils,
            @Reference OpinionService opinions, @Reference DeputyService deputies, @Reference RegionService regions) {
        this.tx = tx;
        this.scope = scope;
        this.councils = councils;
        this.opinions = opinions;
        this.deputies = deputies;
        this.regions = regions;
    }

    /** 选: selected at a meeting of the council or, without one, by the convenor; into core's opinion register. */
    public Item select(long councilId, SelectInput in, String actor) {
        Texts.present(in, "body");
        long repId = Texts.present(in.representativeId(), "representativeId");
        String title = Texts.required(in.title(), "title", Texts.SHORT);
        String content = Texts.required(in.content(), "content", Texts.LONG);
        String raisedBy = Texts.optional(in.raisedBy(), "raisedBy", Texts.NAME);
        return tx.write(em -> {
            CouncilEntity c = councils.find(em, councilId);
            scope.requireActive(c.regionId);
            LocalDate on = in.selectedOn();
            if (in.meetingId() != null) {
                var m = Meetings.find(em, councilId, in.meetingId());
                if (m.minutes == null || m.heldOn.isAfter(LocalDate.now())) {
                    throw new ValidationException("meetingId", "meeting " + m.id + " of " + m.heldOn
                            + " has not been held (no minutes yet): items are selected at a meeting held");
                }
                on = on == null ? m.heldOn : on;
            }
            on = on == null ? LocalDate.now() : on;
            Councils.notFuture(on, "selectedOn");
            RepresentativeEntity rep = councils.requireRepresentatives(em, c, List.of(repId), on, "representativeId")
                    .get(repId);
            // core has no source for a voter representative: STATION is the nearest (taken at a grass-roots body,
            // neither by a deputy nor by QR code); the representative is named as who passed it on
            Opinion o = opinions.record(new OpinionInput(OpinionSource.STATION, c.regionId, null, null,
                    title + "：" + content, raisedBy == null ? rep.name + "（" + c.name + "选民代表）" : raisedBy,
                    raisedBy == null ? null : "经" + c.name + "选民代表" + rep.name));
            ItemEntity i = new ItemEntity();
            i.councilId = councilId;
            i.repId = repId;
            i.meetingId = in.meetingId();
            i.title = title;
            i.content = content;
            i.raisedBy = raisedBy;
            i.selectedOn = on;
            i.opinionId = o.id();
            i.receiptNo = o.receiptNo();
            i.status = ItemStatus.SELECTED.name();
            i.handled = 0;
            i.createdBy = actor;
            i.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(i);
            em.flush();
            return CouncilMapper.item(i, rep.name, 0);
        });
    }

    /**
     * 分: a category and a route. SUGGESTION: the opinion becomes a core suggestion of the deputy, who must represent
     * the street (attached to it or to a region containing it, or seated there) and be active; STREET_OFFICE: handed
     * over with a note, the office records its handling later.
     */
    public Item sort(long itemId, SortInput in, String actor) {
        Texts.present(in, "body");
        Category category = Texts.present(in.category(), "category");
        ItemRoute route = Texts.present(in.route(), "route");
        String title = Texts.optional(in.title(), "title", Texts.SHORT);
        String note = Texts.optional(in.note(), "note", 2000);
        LocalDate on = in.sortedOn() == null ? LocalDate.now() : in.sortedOn();
        Councils.notFuture(on, "sortedOn");
        Deputy deputy = null;
        if (route == ItemRoute.SUGGESTION) {
            long deputyId = Texts.present(in.deputyId(), "deputyId");
            deputy = deputy(deputyId);
        } else {
            if (in.deputyId() != null) {
                throw new ValidationException("deputyId", "is only for items raised as a suggestion (route SUGGESTION)");
            }
            if (note == null) {
                throw new ValidationException("note", "is required when the item goes to the street office: say what"
                        + " it is asked to do");
            }
        }
        Deputy d = deputy;
        return tx.write(em -> {
            ItemEntity i = find(em, itemId);
            CouncilEntity c = councils.find(em, i.councilId);
            scope.requireActive(c.regionId);
            ItemStatus next = ItemFlow.next(itemId, ItemStatus.valueOf(i.status), null, false, ItemAction.SORT);
            if (on.isBefore(i.selectedOn)) {
                throw new ValidationException("sortedOn", "is before the item was selected (" + i.selectedOn + ")");
            }
            i.category = category.name();
            i.route = route.name();
            i.sortedOn = on;
            if (d != null) {
                requireRepresents(d, c);
                Suggestion s = opinions.promote(i.opinionId, new NewSuggestion(SuggestionKind.INTER_SESSION_OPINION,
                        c.regionId, category, title == null ? i.title : title, i.content
                                + (i.raisedBy == null ? "" : "（" + i.raisedBy + "反映，" + c.name + "选定）"),
                        List.of(d.id()), null, List.of(i.opinionId)), actor);
                i.deputyId = d.id();
                i.suggestionId = s.id();
                i.ledgerNo = s.ledgerNo();
                i.suggestionState = s.state().name();
                i.handoverNote = note;
            } else {
                i.handoverNote = note;
            }
            i.status = next.name();
            return view(em, i);
        });
    }

    /** 督: a supervision note; the first moves the item to SUPERVISING. */
    public Item supervise(long itemId, SupervisionInput in, String actor) {
        Texts.present(in, "body");
        String author = Texts.required(in.author(), "author", Texts.NAME);
        String note = Texts.required(in.note(), "note", 2000);
        LocalDate on = in.notedOn() == null ? LocalDate.now() : in.notedOn();
        Councils.notFuture(on, "notedOn");
        return tx.write(em -> {
            ItemEntity i = find(em, itemId);
            scope.requireActive(councils.find(em, i.councilId).regionId);
            ItemStatus next = ItemFlow.next(itemId, ItemStatus.valueOf(i.status), route(i), i.handled == 1,
                    ItemAction.SUPERVISE);
            SupervisionEntity s = new SupervisionEntity();
            s.itemId = itemId;
            s.notedOn = on;
            s.author = author;
            s.note = note;
            s.suggestionState = i.suggestionState;
            s.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(s);
            i.status = next.name();
            em.flush();
            return view(em, i);
        });
    }

    /** The street office's direct handling of an item handed to it; the item can then be evaluated. */
    public Item recordHandling(long itemId, HandlingInput in, String actor) {
        Texts.present(in, "body");
        String result = Texts.required(in.result(), "result", 2000);
        LocalDate on = in.handledOn() == null ? LocalDate.now() : in.handledOn();
        Councils.notFuture(on, "handledOn");
        return tx.write(em -> {
            ItemEntity i = find(em, itemId);
            scope.requireActive(councils.find(em, i.councilId).regionId);
            i.status = ItemFlow.next(itemId, ItemStatus.valueOf(i.status), route(i), i.handled == 1,
                    ItemAction.RECORD_HANDLING).name();
            i.handled = 1;
            i.handledOn = on;
            i.handlingResult = result;
            return view(em, i);
        });
    }

    /** 评: the representatives' evaluation, once handled and supervised; the loop is closed. */
    public Item evaluate(long itemId, EvaluationInput in, String actor) {
        Texts.present(in, "body");
        Rating rating = Texts.present(in.rating(), "rating");
        String note = Texts.optional(in.note(), "note", 2000);
        if (rating == Rating.UNSATISFIED && note == null) {
            throw new ValidationException("note", "is required with UNSATISFIED: say what is still wrong");
        }
        LocalDate on = in.evaluatedOn() == null ? LocalDate.now() : in.evaluatedOn();
        Councils.notFuture(on, "evaluatedOn");
        return tx.write(em -> {
            ItemEntity i = find(em, itemId);
            scope.requireActive(councils.find(em, i.councilId).regionId);
            i.status = ItemFlow.next(itemId, ItemStatus.valueOf(i.status), route(i), i.handled == 1,
                    ItemAction.EVALUATE).name();
            i.rating = rating.name();
            i.evaluationNote = note;
            i.evaluatedOn = on;
            return view(em, i);
        });
    }

    public Item get(long itemId) {
        return tx.read(em -> view(em, find(em, itemId)));
    }

    /**
     * Items of one council or of every council in scope, newest first; of one status, or the items linked to one core
     * suggestion ({@code suggestionId}: the way back from a suggestion to the council's item).
     */
    public Page<Item> list(Long councilId, ItemStatus status, Long suggestionId, PageRequest page) {
        List<String> paths = councilId == null ? scope.listPaths(null) : List.of();
        return tx.read(em -> {
            if (councilId != null) {
                councils.find(em, councilId);
            }
            String where = " FROM ItemEntity i" + (councilId == null ? ", CouncilEntity c WHERE i.councilId = c.id AND "
                    + PracticeScope.under("c", paths) : " WHERE i.councilId = :council")
                    + (status == null ? "" : " AND i.status = :status")
                    + (suggestionId == null ? "" : " AND i.suggestionId = :suggestion");
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(i)" + where, Long.class);
            TypedQuery<ItemEntity> rows = em.createQuery("SELECT i" + where + " ORDER BY i.selectedOn DESC, i.id DESC",
                    ItemEntity.class);
            for (TypedQuery<?> q : List.of(count, rows)) {
                if (councilId == null) {
                    PracticeScope.bind(q, paths);
                } else {
                    q.setParameter("council", councilId);
                }
                if (status != null) {
                    q.setParameter("status", status.name());
                }
                if (suggestionId != null) {
                    q.setParameter("suggestion", suggestionId);
                }
            }
            List<ItemEntity> page0 = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            Map<Long, String> names = names(em, page0);
            Map<Long, Integer> notes = supervisionCounts(em, page0);
            List<Item> items = page0.stream().map(i -> CouncilMapper.item(i, names.get(i.repId),
                    notes.getOrDefault(i.id, 0))).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    public List<Supervision> supervisions(long itemId) {
        return tx.read(em -> {
            find(em, itemId);
            return em.createQuery("SELECT s FROM SupervisionEntity s WHERE s.itemId = :i ORDER BY s.notedOn, s.id",
                    SupervisionEntity.class).setParameter("i", itemId).getResultList().stream()
                    .map(CouncilMapper::supervision).toList();
        });
    }

    // --- shared ----------------------------------------------------------------------------------------------

    /** The item, when its council is visible. */
    ItemEntity find(EntityManager em, long id) {
        ItemEntity i = em.find(ItemEntity.class, id);
        if (i == null) {
            throw new NotFoundException("item", id);
        }
        try {
            councils.find(em, i.councilId);
        } catch (NotFoundException hidden) {
            throw new NotFoundException("item", id);
        }
        return i;
    }

    /**
     * The deputy represents the street: attached (就近编入) to the street or a region containing it, or holding a seat
     * of such a region; and still active. Otherwise 400.
     */
    private void requireRepresents(Deputy d, CouncilEntity c) {
        List<Long> up = regions.ancestry(c.regionId).stream().map(Region::id).toList();
        if (!represents(d, up)) {
            throw new ValidationException("deputyId", "deputy " + d.id() + " (" + d.name() + ") does not represent "
                    + regions.get(c.regionId).name() + ": a deputy of the street or a region containing it raises"
                    + " its suggestions");
        }
        if (d.status() != DeputyStatus.ACTIVE) {
            throw new ValidationException("deputyId", "deputy " + d.id() + " (" + d.name() + ") is " + d.status());
        }
    }

    /** Whether the deputy's region or one of their seats' regions is among {@code streetAndAbove}. */
    static boolean represents(Deputy d, List<Long> streetAndAbove) {
        if (streetAndAbove.contains(d.regionId())) {
            return true;
        }
        for (DeputySeat s : d.seats()) {
            if (streetAndAbove.contains(s.regionId())) {
                return true;
            }
        }
        return false;
    }

    private Deputy deputy(long id) {
        try {
            return deputies.get(id);
        } catch (NotFoundException e) {
            throw new ValidationException("deputyId", "deputy " + id + " does not exist");
        }
    }

    private static ItemRoute route(ItemEntity i) {
        return i.route == null ? null : ItemRoute.valueOf(i.route);
    }

    private static Item view(EntityManager em, ItemEntity i) {
        RepresentativeEntity r = em.find(RepresentativeEntity.class, i.repId);
        long notes = em.createQuery("SELECT COUNT(s) FROM SupervisionEntity s WHERE s.itemId = :i", Long.class)
                .setParameter("i", i.id).getSingleResult();
        return CouncilMapper.item(i, r == null ? null : r.name, (int) notes);
    }

    private static Map<Long, String> names(EntityManager em, List<ItemEntity> items) {
        Map<Long, String> out = new HashMap<>();
        if (!items.isEmpty()) {
            for (RepresentativeEntity r : em.createQuery("SELECT r FROM RepresentativeEntity r WHERE r.id IN :ids",
                    RepresentativeEntity.class).setParameter("ids", items.stream().map(i -> i.repId).distinct()
                            .toList()).getResultList()) {
                out.put(r.id, r.name);
            }
        }
        return out;
    }

    private static Map<Long, Integer> supervisionCounts(EntityManager em, List<ItemEntity> items) {
        Map<Long, Integer> out = new HashMap<>();
        if (!items.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT s.itemId, COUNT(s) FROM SupervisionEntity s WHERE s.itemId IN"
                    + " :ids GROUP BY s.itemId", Object[].class).setParameter("ids", items.stream().map(i -> i.id)
                            .toList()).getResultList()) {
                out.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
            }
        }
        return out;
    }
}
