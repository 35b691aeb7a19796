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
import org.lianxin.core.internal.jpa.DeputyEntity;
import org.lianxin.core.internal.jpa.DeputyGroupEntity;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.jpa.SeatEmbeddable;
import org.lianxin.core.internal.jpa.StationEntity;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DeputyService.class)
public class DeputyServiceImpl implements DeputyService {
    private final Tx tx;

    @Activate
    public DeputyServiceImpl(@Reference Tx tx) {
        this.tx = tx;
    }

    @Override
    public Deputy create(DeputyInput input) {
        return tx.write(em -> {
            DeputyEntity e = new DeputyEntity();
            apply(em, e, Check.required(input, "deputy"));
            em.persist(e);
            em.flush();
            return dto(e);
        });
    }

    @Override
    public Deputy update(long id, DeputyInput input) {
        return tx.write(em -> {
            DeputyEntity e = find(em, id);
            apply(em, e, Check.required(input, "deputy"));
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
        return tx.read(em -> dto(find(em, id)));
    }

    @Override
    public void delete(long id) {
        tx.write(em -> {
            DeputyEntity e = find(em, id);
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
        return tx.read(em -> Jpql.from(DeputyEntity.class, "d")
                .where("d.regionPath LIKE :p", "p", regionId == null ? null
                        : Regions.subtreePattern(Regions.find(em, regionId)))
                .where("d.groupId = :g", "g", groupId)
                .where("EXISTS (SELECT 1 FROM DeputyEntity d2 JOIN d2.seats st WHERE d2 = d AND st.level = :l)", "l",
                        level == null ? null : level.name())
                .where("d.status = :st", "st", status == null ? null : status.name())
                .where("d.name LIKE :n", "n", n == null ? null : "%" + n + "%")
                .hint("eclipselink.batch", "d.seats")
                .hint("eclipselink.batch", "d.stationIds")
                .hint("eclipselink.batch.type", "IN")
                // only mapped to DTOs: kept out of the unit of work, whose flush in a caller's longer transaction
                // trips over batch-read seat embeddables (EclipseLink NPE "attributeField is null")
                .hint("eclipselink.read-only", "true")
                .page(em, page, DeputyServiceImpl::dto));
    }

    static DeputyEntity find(EntityManager em, long id) {
        DeputyEntity e = em.find(DeputyEntity.class, id);
        if (e == null) {
            throw new NotFoundException("deputy", id);
        }
        return e;
    }

    public static Deputy dto(DeputyEntity e) {
        List<DeputySeat> seats = e.seats.stream()
                .map(s -> new DeputySeat(DeputyLevel.valueOf(s.level), s.regionId, s.term)).toList();
        return new Deputy(e.id, e.name, e.gender, e.regionId, e.groupId, e.specialty, e.term,
                DeputyStatus.valueOf(e.status), e.phone, e.constituency, e.directlyElected, seats,
                List.copyOf(e.stationIds));
    }
}
