package org.lianxin.practice.studio.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DeputyService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.StationService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DeputyLevel;
import org.lianxin.api.dto.DeputySeat;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.practice.studio.internal.jpa.MemberEntity;
import org.lianxin.practice.studio.internal.jpa.StandardEntity;
import org.lianxin.practice.studio.internal.jpa.StudioEntity;
import org.lianxin.practice.studio.internal.model.Compliance;
import org.lianxin.practice.studio.internal.model.EvidenceInput;
import org.lianxin.practice.studio.internal.model.Member;
import org.lianxin.practice.studio.internal.model.MemberInput;
import org.lianxin.practice.studio.internal.model.StandardCheck;
import org.lianxin.practice.studio.internal.model.StandardItem;
import org.lianxin.practice.studio.internal.model.Studio;
import org.lianxin.practice.studio.internal.model.StudioInput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.lianxin.practice.support.Texts;

/** Studios, their members and their standing against the 八有 standard. */
@Component(service = Studios.class)
public class Studios {
    private final StudioTx tx;
    private final Scope scope;
    private final DeputyService deputies;
    private final StationService stations;

    @Activate
    public Studios(@Reference StudioTx tx, @Reference Scope scope, @Reference DeputyService deputies,
            @Reference StationService stations) {
        this.tx = tx;
        this.scope = scope;
        this.deputies = deputies;
        this.stations = stations;
    }

    public Studio create(StudioInput in, String actor) {
        long regionId = Texts.present(in.regionId(), "regionId");
        String path = scope.requireActive(regionId);
        String name = Texts.required(in.name(), "name", Texts.NAME);
        String brand = Texts.optional(in.brand(), "brand", 50);
        if (in.stationId() != null) {
            stations.get(in.stationId());
        }
        return tx.write(em -> {
            Long clash = em.createQuery("SELECT COUNT(s) FROM StudioEntity s WHERE s.regionId = :r AND s.name = :n",
                    Long.class).setParameter("r", regionId).setParameter("n", name).getSingleResult();
            if (clash > 0) {
                throw new ConflictException("a studio named " + name + " exists in this region already");
            }
            StudioEntity s = new StudioEntity();
            s.regionId = regionId;
            s.regionPath = path;
            s.name = name;
            s.brand = brand;
            s.theme = Texts.present(in.theme(), "theme").name();
            s.stationId = in.stationId();
            s.createdBy = actor;
            s.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(s);
            em.flush();
            return StudioMapper.studio(s, 0, 0);
        });
    }

    public Studio get(long id) {
        return tx.read(em -> {
            StudioEntity s = find(em, id);
            return StudioMapper.studio(s, memberCount(em, id), standardMet(em, id));
        });
    }

    /** Studios in the region's subtree (or every region where the practice is active), by name. */
    public Page<Studio> list(Long regionId, PageRequest page) {
        List<String> paths = scope.listPaths(regionId);
        String where = " FROM StudioEntity s WHERE " + Scope.under("s", paths);
        return tx.read(em -> {
            long total = Scope.bind(em.createQuery("SELECT COUNT(s)" + where, Long.class), paths).getSingleResult();
            List<StudioEntity> rows = Scope.bind(em.createQuery("SELECT s" + where + " ORDER BY s.name, s.id",
                    StudioEntity.class), paths).setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList();
            // two grouped counts for the page, not two queries per studio
            List<Long> ids = rows.stream().map(s -> s.id).toList();
            Map<Long, Integer> members = countsBy(em, "MemberEntity", ids);
            Map<Long, Integer> met = countsBy(em, "StandardEntity", ids);
            List<Studio> items = new ArrayList<>();
            for (StudioEntity s : rows) {
                items.add(StudioMapper.studio(s, members.getOrDefault(s.id, 0), met.getOrDefault(s.id, 0)));
            }
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    public Member join(long studioId, long deputyId, MemberInput in, String actor) {
        Deputy d = deputies.get(deputyId);
        DeputyLevel level = in == null || in.level() == null ? highest(d) : in.level();
        if (d.seats().stream().noneMatch(s -> s.level() == level)) {
            throw new ValidationException("level", d.name() + " holds no " + level + " seat");
        }
        return tx.write(em -> {
            scope.requireActive(find(em, studioId).regionId);
            MemberEntity m = member(em, studioId, deputyId);
            if (m == null) {
                m = new MemberEntity();
                m.studioId = studioId;
                m.deputyId = deputyId;
                em.persist(m);
            }
            m.level = level.name();
            m.lead = in != null && Boolean.TRUE.equals(in.lead()) ? 1 : 0;
            m.joinedOn = in == null || in.joinedOn() == null ? LocalDate.now() : in.joinedOn();
            return new Member(deputyId, d.name(), level, m.lead == 1, m.joinedOn);
        });
    }

    public void leave(long studioId, long deputyId) {
        tx.write(em -> {
            scope.requireActive(find(em, studioId).regionId);
            MemberEntity m = member(em, studioId, deputyId);
            if (m == null) {
                throw new NotFoundException("member of studio " + studioId, deputyId);
            }
            em.remove(m);
            return null;
        });
    }

    public List<Member> members(long studioId) {
        List<MemberEntity> rows = tx.read(em -> {
            find(em, studioId);
            return em.createQuery("SELECT m FROM MemberEntity m WHERE m.studioId = :s ORDER BY m.lead DESC, m.id",
                    MemberEntity.class).setParameter("s", studioId).getResultList();
        });
        List<Member> out = new ArrayList<>();
        for (MemberEntity m : rows) {
            out.add(new Member(m.deputyId, deputies.get(m.deputyId).name(), DeputyLevel.valueOf(m.level), m.lead == 1,
                    m.joinedOn));
        }
        return out;
    }

    /** Whether the deputy belongs to the studio. */
    boolean isMember(EntityManager em, long studioId, long deputyId) {
        return member(em, studioId, deputyId) != null;
    }

    public StandardCheck meet(long studioId, StandardItem item, EvidenceInput in, String actor) {
        String evidence = Texts.required(in == null ? null : in.evidence(), "evidence", 2000);
        return tx.write(em -> {
            scope.requireActive(find(em, studioId).regionId);
            StandardEntity e = standard(em, studioId).get(item);
            if (e == null) {
                e = new StandardEntity();
                e.studioId = studioId;
                e.item = item.name();
                em.persist(e);
            }
            e.evidence = evidence;
            e.checkedBy = actor;
            e.checkedOn = in.checkedOn() == null ? LocalDate.now() : in.checkedOn();
            return StudioMapper.check(item, e);
        });
    }

    public void unmeet(long studioId, StandardItem item) {
        tx.write(em -> {
            scope.requireActive(find(em, studioId).regionId);
            StandardEntity e = standard(em, studioId).get(item);
            if (e != null) {
                em.remove(e);
            }
            return null;
        });
    }

    /** All eight items of the studio, met or not. */
    public List<StandardCheck> standard(long studioId) {
        return tx.read(em -> {
            find(em, studioId);
            Map<StandardItem, StandardEntity> met = standard(em, studioId);
            List<StandardCheck> out = new ArrayList<>();
            for (StandardItem item : StandardItem.values()) {
                out.add(StudioMapper.check(item, met.get(item)));
            }
            return out;
        });
    }

    /** The 八有 standing of every studio in the region's subtree (a few hundred at most), the least compliant first. */
    public Page<Compliance> compliance(Long regionId, PageRequest page) {
        List<String> paths = scope.listPaths(regionId);
        List<Compliance> all = tx.read(em -> {
            List<StudioEntity> studios = Scope.bind(em.createQuery("SELECT s FROM StudioEntity s WHERE "
                    + Scope.under("s", paths), StudioEntity.class), paths).getResultList();
            // every studio's met items in one query
            Map<Long, java.util.Set<StandardItem>> met = new java.util.HashMap<>();
            for (Object[] r : Scope.bind(em.createQuery("SELECT e.studioId, e.item FROM StandardEntity e, StudioEntity s"
                    + " WHERE e.studioId = s.id AND " + Scope.under("s", paths), Object[].class), paths)
                    .getResultList()) {
                met.computeIfAbsent(((Number) r[0]).longValue(), k -> java.util.EnumSet.noneOf(StandardItem.class))
                        .add(StandardItem.valueOf((String) r[1]));
            }
            List<Compliance> out = new ArrayList<>();
            for (StudioEntity s : studios) {
                java.util.Set<StandardItem> has = met.getOrDefault(s.id, java.util.Set.of());
                List<StandardItem> missing = java.util.Arrays.stream(StandardItem.values())
                        .filter(i -> !has.contains(i)).toList();
                out.add(new Compliance(s.id, s.name, s.regionId, has.size(), missing.isEmpty(), missing));
            }
            return out;
        });
        all.sort(java.util.Comparator.comparingInt(Compliance::met).thenComparing(Compliance::name));
        return new Page<>(all.subList(Math.min(page.offset(), all.size()),
                Math.min(page.offset() + page.limit(), all.size())), all.size(), page.offset(), page.limit());
    }

    StudioEntity find(EntityManager em, long id) {
        return scope.visible(em.find(StudioEntity.class, id), s -> s.regionId, "studio", id);
    }

    private static DeputyLevel highest(Deputy d) {
        return d.seats().stream().map(DeputySeat::level).min(Enum::compareTo)
                .orElseThrow(() -> new ValidationException("deputyId", d.name() + " holds no seat"));
    }

    private static MemberEntity member(EntityManager em, long studioId, long deputyId) {
        return em.createQuery("SELECT m FROM MemberEntity m WHERE m.studioId = :s AND m.deputyId = :d",
                MemberEntity.class).setParameter("s", studioId).setParameter("d", deputyId).getResultStream()
                .findFirst().orElse(null);
    }

    private static Map<StandardItem, StandardEntity> standard(EntityManager em, long studioId) {
        Map<StandardItem, StandardEntity> out = new EnumMap<>(StandardItem.class);
        for (StandardEntity e : em.createQuery("SELECT e FROM StandardEntity e WHERE e.studioId = :s",
                StandardEntity.class).setParameter("s", studioId).getResultList()) {
            out.put(StandardItem.valueOf(e.item), e);
        }
        return out;
    }

    /** Rows of {@code entity} per studio among {@code studioIds}. */
    private static Map<Long, Integer> countsBy(EntityManager em, String entity, List<Long> studioIds) {
        Map<Long, Integer> out = new java.util.HashMap<>();
        if (studioIds.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("SELECT e.studioId, COUNT(e) FROM " + entity + " e WHERE e.studioId IN :ids"
                + " GROUP BY e.studioId", Object[].class).setParameter("ids", studioIds).getResultList()) {
            out.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        return out;
    }

    private static int memberCount(EntityManager em, long studioId) {
        return em.createQuery("SELECT COUNT(m) FROM MemberEntity m WHERE m.studioId = :s", Long.class)
                .setParameter("s", studioId).getSingleResult().intValue();
    }

    private static int standardMet(EntityManager em, long studioId) {
        return em.createQuery("SELECT COUNT(e) FROM StandardEntity e WHERE e.studioId = :s", Long.class)
                .setParameter("s", studioId).getSingleResult().intValue();
    }
}
