package org.lianxin.core.internal.directory;

import javax.persistence.EntityManager;

import org.lianxin.api.ConflictException;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.dto.HandlingUnit;
import org.lianxin.api.dto.HandlingUnitInput;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.jpa.IdList;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.jpa.UnitEntity;
import org.lianxin.core.internal.security.Access;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Handling units (承办单位). Signed-in users read the units of their region and below, a handler their own unit;
 * administrators and staff create and change them there ({@link DirectoryPolicy}).
 */
@Component(service = HandlingUnitService.class)
public class HandlingUnitServiceImpl implements HandlingUnitService {
    private final Tx tx;
    private final Access access;

    @Activate
    public HandlingUnitServiceImpl(@Reference Tx tx, @Reference Access access) {
        this.tx = tx;
        this.access = access;
    }

    @Override
    public HandlingUnit create(HandlingUnitInput input) {
        Identity me = access.caller();
        DirectoryPolicy.checkWriter(me, "create a handling unit");
        return tx.write(em -> {
            UnitEntity e = new UnitEntity();
            apply(em, e, Check.required(input, "unit"));
            DirectoryPolicy.checkWrite(me, e.regionPath, "create a handling unit in region " + e.regionId);
            em.persist(e);
            em.flush();
            return dto(e);
        });
    }

    @Override
    public HandlingUnit update(long id, HandlingUnitInput input) {
        Identity me = access.caller();
        DirectoryPolicy.checkWriter(me, "change handling unit " + id);
        return tx.write(em -> {
            UnitEntity e = visible(em, me, id);
            DirectoryPolicy.checkWrite(me, e.regionPath, "change handling unit " + id);
            apply(em, e, Check.required(input, "unit"));
            DirectoryPolicy.checkWrite(me, e.regionPath, "move handling unit " + id + " to region " + e.regionId);
            return dto(e);
        });
    }

    private static void apply(EntityManager em, UnitEntity e, HandlingUnitInput in) {
        String code = Check.code(in.code(), "code");
        Long other = em.createQuery("SELECT u.id FROM UnitEntity u WHERE u.code = :c", Long.class)
                .setParameter("c", code).getResultList().stream().findFirst().orElse(null);
        if (other != null && !other.equals(e.id)) {
            throw new ConflictException("a handling unit with code " + code + " exists already");
        }
        RegionEntity region = Regions.ref(em, in.regionId(), "regionId");
        e.code = code;
        e.name = Check.text(in.name(), "name", Check.NAME);
        e.regionId = region.id;
        e.regionPath = region.path;
        e.contact = Check.optional(in.contact(), "contact", Check.NAME);
    }

    @Override
    public HandlingUnit get(long id) {
        Identity me = access.caller();
        return tx.read(em -> dto(visible(em, me, id)));
    }

    @Override
    public void delete(long id) {
        Identity me = access.caller();
        DirectoryPolicy.checkWriter(me, "delete handling unit " + id);
        tx.write(em -> {
            UnitEntity e = visible(em, me, id);
            DirectoryPolicy.checkWrite(me, e.regionPath, "delete handling unit " + id);
            long used = em.createQuery("SELECT COUNT(s) FROM SuggestionEntity s WHERE s.leadUnitId = :u"
                    + " OR s.preLeadUnitId = :u OR s.preCoUnitIds LIKE :m OR EXISTS (SELECT l FROM SuggestionUnitLink l"
                    + " WHERE l.suggestionId = s.id AND l.unitId = :u)", Long.class)
                    .setParameter("u", id).setParameter("m", IdList.containing(id)).getSingleResult();
            if (used > 0) {
                throw new ConflictException("handling unit " + e.code + " still has " + used + " suggestion(s)");
            }
            em.remove(e);
            return null;
        });
    }

    @Override
    public Page<HandlingUnit> list(Long regionId, String name, PageRequest page) {
        String n = Check.optional(name, "name", Check.NAME);
        Identity me = access.caller();
        DirectoryPolicy.checkSignedIn(me, "list handling units");
        if (regionId != null) {
            access.requireScope(me, regionId, "list the handling units of region " + regionId);
        }
        return tx.read(em -> DirectoryPolicy.unitScope(me).restrict(Jpql.from(UnitEntity.class, "u"),
                "u.regionPath LIKE :lxScope", null, "u.id = :lxUnit")
                .where("u.regionPath LIKE :p", "p", regionId == null ? null
                        : Regions.subtreePattern(Regions.find(em, regionId)))
                .whereContains("n", n, "u.name")
                .orderBy("u.code").page(em, page, HandlingUnitServiceImpl::dto));
    }

    /** The unit, or a validation failure naming the input field that refers to it. */
    public static UnitEntity ref(EntityManager em, long id, String field) {
        UnitEntity e = em.find(UnitEntity.class, id);
        if (e == null) {
            throw new org.lianxin.api.ValidationException(field, "handling unit " + id + " does not exist");
        }
        return e;
    }

    /** The unit, if the caller may see it; else "not found", as if it did not exist. */
    private static UnitEntity visible(EntityManager em, Identity me, long id) {
        UnitEntity e = find(em, id);
        if (!DirectoryPolicy.canSeeUnit(me, id, e.regionPath)) {
            if (me.isPublic()) {
                DirectoryPolicy.checkSignedIn(me, "read handling unit " + id);
            }
            throw new NotFoundException("handling unit", id);
        }
        return e;
    }

    static UnitEntity find(EntityManager em, long id) {
        UnitEntity e = em.find(UnitEntity.class, id);
        if (e == null) {
            throw new NotFoundException("handling unit", id);
        }
        return e;
    }

    static HandlingUnit dto(UnitEntity e) {
        return new HandlingUnit(e.id, e.code, e.name, e.regionId, e.contact);
    }
}
