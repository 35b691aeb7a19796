package org.lianxin.core.internal.directory;

import javax.persistence.EntityManager;

import org.lianxin.api.ConflictException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.StationService;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Station;
import org.lianxin.api.dto.StationInput;
import org.lianxin.api.dto.StationKind;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.jpa.StationEntity;
import org.lianxin.core.internal.security.Access;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contact stations (联络站). Signed-in users read the stations of their region and below, the public one station at a
 * time (the QR intake page); administrators and staff create and change them there ({@link DirectoryPolicy}).
 */
@Component(service = StationService.class)
public class StationServiceImpl implements StationService {
    private final Tx tx;
    private final Access access;

    @Activate
    public StationServiceImpl(@Reference Tx tx, @Reference Access access) {
        this.tx = tx;
        this.access = access;
    }

    @Override
    public Station create(StationInput input) {
        Identity me = access.caller();
        DirectoryPolicy.checkWriter(me, "create a station");
        return tx.write(em -> {
            StationEntity e = new StationEntity();
            apply(em, e, Check.required(input, "station"));
            DirectoryPolicy.checkWrite(me, e.regionPath, "create a station in region " + e.regionId);
            em.persist(e);
            em.flush();
            return dto(e);
        });
    }

    @Override
    public Station update(long id, StationInput input) {
        Identity me = access.caller();
        DirectoryPolicy.checkWriter(me, "change station " + id);
        return tx.write(em -> {
            StationEntity e = visible(em, me, id);
            DirectoryPolicy.checkWrite(me, e.regionPath, "change station " + id);
            apply(em, e, Check.required(input, "station"));
            DirectoryPolicy.checkWrite(me, e.regionPath, "move station " + id + " to region " + e.regionId);
            return dto(e);
        });
    }

    private static void apply(EntityManager em, StationEntity e, StationInput in) {
        String code = Check.code(in.code(), "code");
        Long other = em.createQuery("SELECT s.id FROM StationEntity s WHERE s.code = :c", Long.class)
                .setParameter("c", code).getResultList().stream().findFirst().orElse(null);
        if (other != null && !other.equals(e.id)) {
            throw new ConflictException("a station with code " + code + " exists already");
        }
        RegionEntity region = Regions.ref(em, in.regionId(), "regionId");
        e.code = code;
        e.name = Check.text(in.name(), "name", Check.NAME);
        e.kind = Check.required(in.kind(), "kind").name();
        e.regionId = region.id;
        e.regionPath = region.path;
        e.address = Check.optional(in.address(), "address", 200);
        e.grid = Check.optional(in.grid(), "grid", Check.NAME);
    }

    @Override
    public Station get(long id) {
        Identity me = access.caller();
        return tx.read(em -> dto(visible(em, me, id)));
    }

    @Override
    public Station getByCode(String code) {
        Identity me = access.caller();
        String c = Check.text(code, "code", 64).toUpperCase(java.util.Locale.ROOT);
        return tx.read(em -> em.createQuery("SELECT s FROM StationEntity s WHERE UPPER(s.code) = :c",
                StationEntity.class).setParameter("c", c).getResultList().stream()
                .filter(e -> DirectoryPolicy.canSeeStation(me, e.regionPath)).findFirst()
                .map(StationServiceImpl::dto).orElseThrow(() -> new NotFoundException("station", c)));
    }

    @Override
    public void delete(long id) {
        Identity me = access.caller();
        DirectoryPolicy.checkWriter(me, "delete station " + id);
        tx.write(em -> {
            StationEntity e = visible(em, me, id);
            DirectoryPolicy.checkWrite(me, e.regionPath, "delete station " + id);
            long deputies = em.createQuery("SELECT COUNT(d) FROM DeputyEntity d WHERE :s MEMBER OF d.stationIds",
                    Long.class).setParameter("s", id).getSingleResult();
            long suggestions = em.createQuery("SELECT COUNT(s) FROM SuggestionEntity s WHERE s.stationId = :s",
                    Long.class).setParameter("s", id).getSingleResult();
            if (deputies + suggestions > 0) {
                throw new ConflictException("station " + e.code + " is still in use");
            }
            em.remove(e);
            return null;
        });
    }

    @Override
    public Page<Station> list(Long regionId, StationKind kind, PageRequest page) {
        Identity me = access.caller();
        DirectoryPolicy.checkSignedIn(me, "list stations");
        if (regionId != null) {
            access.requireScope(me, regionId, "list the stations of region " + regionId);
        }
        return tx.read(em -> DirectoryPolicy.readScope(me).restrict(Jpql.from(StationEntity.class, "s"),
                "s.regionPath LIKE :lxScope", null, null)
                .where("s.regionPath LIKE :p", "p", regionId == null ? null
                        : Regions.subtreePattern(Regions.find(em, regionId)))
                .where("s.kind = :k", "k", kind == null ? null : kind.name())
                .orderBy("s.code").page(em, page, StationServiceImpl::dto));
    }

    /** The station, if the caller may see it; else "not found", as if it did not exist. */
    private static StationEntity visible(EntityManager em, Identity me, long id) {
        StationEntity e = find(em, id);
        if (!DirectoryPolicy.canSeeStation(me, e.regionPath)) {
            throw new NotFoundException("station", id);
        }
        return e;
    }

    static StationEntity find(EntityManager em, long id) {
        StationEntity e = em.find(StationEntity.class, id);
        if (e == null) {
            throw new NotFoundException("station", id);
        }
        return e;
    }

    static Station dto(StationEntity e) {
        return new Station(e.id, e.code, e.name, StationKind.valueOf(e.kind), e.regionId, e.address, e.grid);
    }
}
