package org.lianxin.core.internal.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import javax.persistence.EntityManager;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DeputyService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DeputyInput;
import org.lianxin.api.dto.DeputyLevel;
import org.lianxin.api.dto.DeputySeat;
import org.lianxin.api.dto.DeputyStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.jpa.DeputyEntity;
import org.lianxin.core.internal.jpa.DeputyGroupEntity;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.jpa.SeatEmbeddable;
import org.lianxin.core.internal.jpa.StationEntity;
import org.lianxin.core.internal.security.Access;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The deputies' register. Who may do what is {@link DirectoryPolicy}'s: signed-in users read the deputies of their
 * region and below, a deputy their own record, the public one deputy at a time (the QR intake page); the phone is
 * blank for all but administrators and staff of the deputy's region and the deputy; administrators and staff
 * register and change the deputies of their region and below.
 */
@Component(service = DeputyService.class)
public class DeputyServiceImpl implements DeputyService {
    private final Tx tx;
    private final Access access;

    @Activate
    public DeputyServiceImpl(@Reference Tx tx, @Reference Access access) {
        this.tx = tx;
        this.access = access;
    }

    @Override
    public Deputy create(DeputyInput input) {
        Identity me = access.caller();
        DirectoryPolicy.checkWriter(me, "register a deputy");
        return tx.write(em -> {
            DeputyEntity e = new DeputyEntity();
            apply(em, e, Check.required(input, "deputy"));
            DirectoryPolicy.checkWrite(me, e.regionPath, "register a deputy in region " + e.regionId);
            em.persist(e);
            em.flush();
            return dto(e);
        });
    }

    @Override
    public Deputy update(long id, DeputyInput input) {
        Identity me = access.caller();
        DirectoryPolicy.checkWriter(me, "change deputy " + id);
        return tx.write(em -> {
            DeputyEntity e = visible(em, me, id);
            DirectoryPolicy.checkWrite(me, e.regionPath, "change deputy " + id);
            apply(em, e, Check.required(input, "deputy"));
            DirectoryPolicy.checkWrite(me, e.regionPath, "move deputy " + id + " to region " + e.regionId);
            return dto(e);
        });
    }

    private static void apply(EntityManager em, DeputyEntity e, DeputyInput in) {
        RegionEntity region = Regions.ref(em, in.regionId(), "regionId");
        e.name = Check.text(in.name(), "name", Check.NAME);
        e.gender = Check.optional(in.gender(), "gender", 8);
        e.regionId = region.id;
        e.regionPath = region.path;
        if (in.groupId() != null && em.find(DeputyGroupEntity.class, in.groupId()) == null) {
            throw new ValidationException("groupId", "deputy group " + in.groupId() + " does not exist");
        }
        e.groupId = in.groupId();
        e.specialty = Check.optional(in.specialty(), "specialty", Check.NAME);
        e.term = Check.optional(in.term(), "term", 50);
        e.status = (in.status() == null ? DeputyStatus.ACTIVE : in.status()).name();
        e.phone = Check.optional(in.phone(), "phone", 32);
        e.constituency = Check.optional(in.constituency(), "constituency", Check.NAME);
        e.directlyElected = in.directlyElected();
        Check.notEmpty(in.seats(), "seats");
        List<SeatEmbeddable> seats = new ArrayList<>();
        for (DeputySeat s : in.seats()) {
            Check.required(s, "seats");
            SeatEmbeddable seat = new SeatEmbeddable();
            seat.level = Check.required(s.level(), "seats.level").name();
            seat.regionId = Regions.ref(em, s.regionId(), "seats.regionId").id;
            seat.term = Check.optional(s.term(), "seats.term", 50);
            seats.add(seat);
        }
        e.seats.clear();
        e.seats.addAll(seats);
        LinkedHashSet<Long> stations = new LinkedHashSet<>(in.stationIds() == null ? List.of() : in.stationIds());
        for (Long s : stations) {
            if (s == null || em.find(StationEntity.class, s) == null) {
                throw new ValidationException("stationIds", "station " + s + " does not exist");
            }
        }
        e.stationIds.clear();
        e.stationIds.addAll(stations);
    }

    @Override
    public Deputy get(long id) {
        Identity me = access.caller();
        return tx.read(em -> dto(visible(em, me, id), me));
    }

    @Override
    public void delete(long id) {
        Identity me = access.caller();
        DirectoryPolicy.checkWriter(me, "delete deputy " + id);
        tx.write(em -> {
            DeputyEntity e = visible(em, me, id);
            DirectoryPolicy.checkWrite(me, e.regionPath, "delete deputy " + id);
            long used = em.createQuery("SELECT COUNT(l) FROM SuggestionDeputyLink l WHERE l.deputyId = :d",
                    Long.class).setParameter("d", id).getSingleResult();
            if (used > 0) {
                throw new ConflictException("deputy " + e.name + " has raised suggestions; set the status instead");
            }
            em.createQuery("UPDATE DeputyGroupEntity g SET g.leaderId = NULL WHERE g.leaderId = :d")
                    .setParameter("d", id).executeUpdate();
            em.createQuery("UPDATE DeputyGroupEntity g SET g.viceLeaderId = NULL WHERE g.viceLeaderId = :d")
                    .setParameter("d", id).executeUpdate();
            em.createQuery("UPDATE DeputyGroupEntity g SET g.liaisonId = NULL WHERE g.liaisonId = :d")
                    .setParameter("d", id).executeUpdate();
            em.remove(e);
            return null;
        });
    }

    @Override
    public Page<Deputy> list(Long regionId, Long groupId, DeputyLevel level, DeputyStatus status, String name,
            PageRequest page) {
        String n = Check.optional(name, "name", Check.NAME);
        Identity me = access.caller();
        DirectoryPolicy.checkSignedIn(me, "list deputies");
        if (regionId != null) {
            access.requireScope(me, regionId, "list the deputies of region " + regionId);
        }
        return tx.read(em -> DirectoryPolicy.deputyScope(me).restrict(Jpql.from(DeputyEntity.class, "d"),
                "d.regionPath LIKE :lxScope", "d.id = :lxMine", null)
                .where("d.regionPath LIKE :p", "p", regionId == null ? null
                        : Regions.subtreePattern(Regions.find(em, regionId)))
                .where("d.groupId = :g", "g", groupId)
                .where("EXISTS (SELECT 1 FROM DeputyEntity d2 JOIN d2.seats st WHERE d2 = d AND st.level = :l)", "l",
                        level == null ? null : level.name())
                .where("d.status = :st", "st", status == null ? null : status.name())
                .whereContains("n", n, "d.name")
                .hint("eclipselink.batch", "d.seats")
                .hint("eclipselink.batch", "d.stationIds")
                .hint("eclipselink.batch.type", "IN")
                // only mapped to DTOs: kept out of the unit of work, whose flush in a caller's longer transaction
                // trips over batch-read seat embeddables (EclipseLink NPE "attributeField is null")
                .hint("eclipselink.read-only", "true")
                .page(em, page, e -> dto(e, me)));
    }

    /** The deputy, if the caller may see it; else "not found", as if it did not exist. */
    private static DeputyEntity visible(EntityManager em, Identity me, long id) {
        DeputyEntity e = find(em, id);
        if (!DirectoryPolicy.canSeeDeputy(me, id, e.regionPath)) {
            throw new NotFoundException("deputy", id);
        }
        return e;
    }

    static DeputyEntity find(EntityManager em, long id) {
        DeputyEntity e = em.find(DeputyEntity.class, id);
        if (e == null) {
            throw new NotFoundException("deputy", id);
        }
        return e;
    }

    /** The deputy as the caller may see them: the phone blank unless {@link DirectoryPolicy#seesPhone}. */
    public static Deputy dto(DeputyEntity e, Identity me) {
        return DirectoryPolicy.forCaller(me, dto(e), e.regionPath);
    }

    public static Deputy dto(DeputyEntity e) {
        List<DeputySeat> seats = e.seats.stream()
                .map(s -> new DeputySeat(DeputyLevel.valueOf(s.level), s.regionId, s.term)).toList();
        return new Deputy(e.id, e.name, e.gender, e.regionId, e.groupId, e.specialty, e.term,
                DeputyStatus.valueOf(e.status), e.phone, e.constituency, e.directlyElected, seats,
                List.copyOf(e.stationIds));
    }
}
