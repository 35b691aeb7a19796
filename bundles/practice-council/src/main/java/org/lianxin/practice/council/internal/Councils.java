package org.lianxin.practice.council.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.lianxin.api.ConflictException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.RegionService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.practice.council.internal.jpa.CouncilEntity;
import org.lianxin.practice.council.internal.jpa.MeetingEntity;
import org.lianxin.practice.council.internal.jpa.RepresentativeEntity;
import org.lianxin.practice.council.internal.model.Compliance;
import org.lianxin.practice.council.internal.model.ComplianceFlag;
import org.lianxin.practice.council.internal.model.Council;
import org.lianxin.practice.council.internal.model.CouncilInput;
import org.lianxin.practice.council.internal.model.LeaveInput;
import org.lianxin.practice.council.internal.model.Representative;
import org.lianxin.practice.council.internal.model.RepresentativeInput;
import org.lianxin.practice.support.PracticeScope;
import org.lianxin.practice.support.Texts;
import org.lianxin.practice.support.Duplicates;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Councils (one per street), their voter representatives, and their standing against "two meetings a year". */
@Component(service = Councils.class)
public class Councils {
    static final int MAX_REPRESENTATIVES = 200;

    private final CouncilTx tx;
    private final Scope scope;
    private final RegionService regions;

    @Activate
    public Councils(@Reference CouncilTx tx, @Reference Scope scope, @Reference RegionService regions) {
        this.tx = tx;
        this.scope = scope;
        this.regions = regions;
    }

    public Council create(CouncilInput in, String actor) {
        Texts.present(in, "body");
        long regionId = Texts.present(in.regionId(), "regionId");
        Region region = regions.get(regionId);
        if (region.level() != RegionLevel.TOWNSHIP) {
            throw new ValidationException("regionId", region.name() + " is a " + region.level()
                    + " region; a voter deliberation council is a street's (a TOWNSHIP-level region)");
        }
        String name = Texts.optional(in.name(), "name", Texts.NAME);
        LocalDate established = Texts.present(in.establishedOn(), "establishedOn");
        notFuture(established, "establishedOn");
        String convenor = Texts.required(in.convenor(), "convenor", Texts.NAME);
        String phone = Texts.phone(in.convenorPhone(), "convenorPhone");
        String path = scope.requireActive(regionId);
        try {
            return tx.write(em -> {
                CouncilEntity existing = byRegion(em, regionId);
                if (existing != null) {
                    throw new ConflictException(region.name() + " already has council " + existing.id + " ("
                            + existing.name + "); one council per street");
                }
                CouncilEntity c = new CouncilEntity();
                c.regionId = regionId;
                c.regionPath = path;
                c.name = name == null ? region.name() + "选民议政会" : name;
                c.establishedOn = established;
                c.convenor = convenor;
                c.convenorPhone = phone;
                c.createdBy = actor;
                c.createdAt = LocalDateTime.now(ZoneOffset.UTC);
                em.persist(c);
                em.flush();
                int year = LocalDate.now().getYear();
                return CouncilMapper.council(c, region.name(), 0, ComplianceRule.of(c, List.of(), year,
                        LocalDate.now()), false);
            });
        } catch (RuntimeException e) {
            if (!Duplicates.isDuplicate(e)) {
                throw e;
            }
            throw new ConflictException(region.name() + " already has a council; one council per street");
        }
    }

    /** The council with its standing this year; the convenor's phone in full. */
    public Council get(long id) {
        return tx.read(em -> {
            CouncilEntity c = find(em, id);
            int year = LocalDate.now().getYear();
            return CouncilMapper.council(c, regions.get(c.regionId).name(), currentCounts(em, List.of(id))
                    .getOrDefault(id, 0), compliance(em, List.of(c), year).get(id), false);
        });
    }

    public Compliance compliance(long id, Integer year) {
        int y = year(year);
        return tx.read(em -> compliance(em, List.of(find(em, id)), y).get(id));
    }

    /**
     * Councils of the region's subtree (or everywhere active), by region path, each with its standing in {@code year}
     * (default this year); with {@code flag} only those MET, DUE or MISSED (checked over all of them, a few hundred at
     * most, then paged).
     */
    public Page<Council> list(Long regionId, Integer year, ComplianceFlag flag, PageRequest page) {
        int y = year(year);
        List<String> paths = scope.listPaths(regionId);
        String where = " FROM CouncilEntity c WHERE " + PracticeScope.under("c", paths);
        return tx.read(em -> {
            TypedQuery<CouncilEntity> q = PracticeScope.bind(em.createQuery("SELECT c" + where
                    + " ORDER BY c.regionPath, c.id", CouncilEntity.class), paths);
            long total;
            List<CouncilEntity> rows;
            Map<Long, Compliance> standing;
            if (flag == null) {
                total = PracticeScope.bind(em.createQuery("SELECT COUNT(c)" + where, Long.class), paths)
                        .getSingleResult();
                rows = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
                standing = compliance(em, rows, y);
            } else {
                List<CouncilEntity> all = q.getResultList();
                Map<Long, Compliance> every = compliance(em, all, y);
                List<CouncilEntity> matching = all.stream().filter(c -> every.get(c.id).flag() == flag).toList();
                total = matching.size();
                rows = matching.subList(Math.min(page.offset(), matching.size()),
                        Math.min(page.offset() + page.limit(), matching.size()));
                standing = every;
            }
            Map<Long, Integer> reps = currentCounts(em, rows.stream().map(c -> c.id).toList());
            List<Council> items = new ArrayList<>();
            for (CouncilEntity c : rows) {
                items.add(CouncilMapper.council(c, regions.get(c.regionId).name(), reps.getOrDefault(c.id, 0),
                        standing.get(c.id), true));
            }
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    // --- representatives ----------------------------------------------------------------------------------

    public Representative join(long councilId, RepresentativeInput in, String actor) {
        Texts.present(in, "body");
        String name = Texts.required(in.name(), "name", Texts.NAME);
        String community = Texts.required(in.community(), "community", Texts.NAME);
        String phone = Texts.phone(in.phone(), "phone");
        LocalDate joined = in.joinedOn() == null ? LocalDate.now() : in.joinedOn();
        notFuture(joined, "joinedOn");
        return tx.write(em -> {
            CouncilEntity c = find(em, councilId);
            scope.requireActive(c.regionId);
            if (currentCounts(em, List.of(councilId)).getOrDefault(councilId, 0) >= MAX_REPRESENTATIVES) {
                throw new ConflictException(c.name + " has " + MAX_REPRESENTATIVES + " current representatives, the"
                        + " most a council keeps");
            }
            RepresentativeEntity r = new RepresentativeEntity();
            r.councilId = councilId;
            r.name = name;
            r.community = community;
            r.phone = phone;
            r.joinedOn = joined;
            em.persist(r);
            em.flush();
            return CouncilMapper.representative(r, false);
        });
    }

    /** The representative leaves: kept, no longer counted or entitled from {@code leftOn} on. */
    public Representative leave(long councilId, long representativeId, LeaveInput in, String actor) {
        LocalDate on = in == null || in.leftOn() == null ? LocalDate.now() : in.leftOn();
        notFuture(on, "leftOn");
        String reason = in == null ? null : Texts.optional(in.reason(), "reason", Texts.SHORT);
        return tx.write(em -> {
            CouncilEntity c = find(em, councilId);
            scope.requireActive(c.regionId);
            RepresentativeEntity r = representative(em, councilId, representativeId);
            if (r.leftOn != null) {
                throw new ConflictException("representative " + representativeId + " (" + r.name + ") left on "
                        + r.leftOn);
            }
            if (on.isBefore(r.joinedOn)) {
                throw new ValidationException("leftOn", "is before the representative joined (" + r.joinedOn + ")");
            }
            r.leftOn = on;
            r.leftReason = reason;
            return CouncilMapper.representative(r, false);
        });
    }

    /** The representative in full (phone unmasked). */
    public Representative representative(long councilId, long representativeId) {
        return tx.read(em -> {
            find(em, councilId);
            return CouncilMapper.representative(representative(em, councilId, representativeId), false);
        });
    }

    /** Representatives by name, phones masked; {@code current} true: only those who have not left, false: only those who have. */
    public Page<Representative> representatives(long councilId, Boolean current, PageRequest page) {
        return tx.read(em -> {
            find(em, councilId);
            String where = " FROM RepresentativeEntity r WHERE r.councilId = :c" + (current == null ? ""
                    : current ? " AND r.leftOn IS NULL" : " AND r.leftOn IS NOT NULL");
            long total = em.createQuery("SELECT COUNT(r)" + where, Long.class).setParameter("c", councilId)
                    .getSingleResult();
            List<Representative> items = em.createQuery("SELECT r" + where + " ORDER BY r.id", RepresentativeEntity.class)
                    .setParameter("c", councilId).setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(r -> CouncilMapper.representative(r, true)).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    /**
     * The named representatives, each a representative of the council on {@code on} (joined by then, not left);
     * otherwise 400 naming the first that is not.
     */
    Map<Long, RepresentativeEntity> requireRepresentatives(EntityManager em, CouncilEntity c, Collection<Long> ids,
            LocalDate on, String field) {
        Map<Long, RepresentativeEntity> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        if (ids.stream().anyMatch(id -> id == null)) {
            throw new ValidationException(field, "holds an empty value");
        }
        for (RepresentativeEntity r : em.createQuery("SELECT r FROM RepresentativeEntity r WHERE r.id IN :ids",
                RepresentativeEntity.class).setParameter("ids", new ArrayList<>(ids)).getResultList()) {
            out.put(r.id, r);
        }
        for (Long id : ids) {
            RepresentativeEntity r = out.get(id);
            if (r == null || r.councilId != c.id) {
                throw new ValidationException(field, "representative " + id + " is not a representative of " + c.name);
            }
            if (!CouncilMapper.current(r, on)) {
                throw new ValidationException(field, "representative " + id + " (" + r.name + ") was not a current"
                        + " representative of " + c.name + " on " + on + (r.leftOn == null ? " (joined " + r.joinedOn
                                + ")" : " (left " + r.leftOn + ")"));
            }
        }
        return out;
    }

    CouncilEntity find(EntityManager em, long id) {
        return scope.visible(em.find(CouncilEntity.class, id), c -> c.regionId, "council", id);
    }

    static RepresentativeEntity representative(EntityManager em, long councilId, long id) {
        RepresentativeEntity r = em.find(RepresentativeEntity.class, id);
        if (r == null || r.councilId != councilId) {
            throw new NotFoundException("representative of council " + councilId, id);
        }
        return r;
    }

    static CouncilEntity byRegion(EntityManager em, long regionId) {
        return em.createQuery("SELECT c FROM CouncilEntity c WHERE c.regionId = :r", CouncilEntity.class)
                .setParameter("r", regionId).getResultStream().findFirst().orElse(null);
    }

    /** Each council's standing in the year, from one query over their meetings of that year. */
    static Map<Long, Compliance> compliance(EntityManager em, List<CouncilEntity> councils, int year) {
        Map<Long, List<MeetingEntity>> byCouncil = new HashMap<>();
        if (!councils.isEmpty()) {
            for (MeetingEntity m : em.createQuery("SELECT m FROM MeetingEntity m WHERE m.councilId IN :ids AND"
                    + " m.heldOn >= :from AND m.heldOn <= :to", MeetingEntity.class)
                    .setParameter("ids", councils.stream().map(c -> c.id).toList())
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                    .getResultList()) {
                byCouncil.computeIfAbsent(m.councilId, k -> new ArrayList<>()).add(m);
            }
        }
        Map<Long, Compliance> out = new HashMap<>();
        LocalDate today = LocalDate.now();
        for (CouncilEntity c : councils) {
            out.put(c.id, ComplianceRule.of(c, byCouncil.getOrDefault(c.id, List.of()), year, today));
        }
        return out;
    }

    /** Current representatives per council, one grouped query. */
    static Map<Long, Integer> currentCounts(EntityManager em, List<Long> councilIds) {
        Map<Long, Integer> out = new HashMap<>();
        if (councilIds.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("SELECT r.councilId, COUNT(r) FROM RepresentativeEntity r WHERE"
                + " r.councilId IN :ids AND r.leftOn IS NULL GROUP BY r.councilId", Object[].class)
                .setParameter("ids", councilIds).getResultList()) {
            out.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return out;
    }

    static int year(Integer year) {
        if (year == null) {
            return LocalDate.now().getYear();
        }
        if (year < 1949 || year > 9998) {
            throw new ValidationException("year", "must be between 1949 and 9998");
        }
        return year;
    }

    static void notFuture(LocalDate on, String field) {
        if (on != null && on.isAfter(LocalDate.now())) {
            throw new ValidationException(field, "is in the future");
        }
    }
}
