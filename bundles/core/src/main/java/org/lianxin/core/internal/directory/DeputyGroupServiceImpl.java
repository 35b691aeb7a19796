package org.lianxin.core.internal.directory;

import javax.persistence.EntityManager;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DeputyGroupService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.DeputyGroup;
import org.lianxin.api.dto.DeputyGroupInput;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.jpa.DeputyEntity;
import org.lianxin.core.internal.jpa.DeputyGroupEntity;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.security.Access;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Deputy groups (代表小组). Signed-in users read the groups of their region and below; administrators and staff
 * create and change them there ({@link DirectoryPolicy}).
 */
@Component(service = DeputyGroupService.class)
public class DeputyGroupServiceImpl implements DeputyGroupService {
    private final Tx tx;
    private final Access access;

    @Activate
    public DeputyGroupServiceImpl(@Reference Tx tx, @Reference Access access) {
        this.tx = tx;
        this.access = access;
    }

    @Override
    public DeputyGroup create(DeputyGroupInput input) {
        Identity me = access.caller();
        DirectoryPolicy.checkWriter(me, "create a deputy group");
        return tx.write(em -> {
            DeputyGroupEntity e = new DeputyGroupEntity();
            apply(em, e, Check.required(input, "group"));
            DirectoryPolicy.checkWrite(me, e.regionPath, "create a deputy group in region " + e.regionId);
            em.persist(e);
            em.flush();
            return dto(e);
        });
    }

    @Override
    public DeputyGroup update(long id, DeputyGroupInput input) {
        Identity me = access.caller();
        DirectoryPolicy.checkWriter(me, "change deputy group " + id);
        return tx.write(em -> {
            DeputyGroupEntity e = visible(em, me, id);
            DirectoryPolicy.checkWrite(me, e.regionPath, "change deputy group " + id);
            apply(em, e, Check.required(input, "group"));
            DirectoryPolicy.checkWrite(me, e.regionPath, "move deputy group " + id + " to region " + e.regionId);
            return dto(e);
        });
    }

    private static void apply(EntityManager em, DeputyGroupEntity e, DeputyGroupInput in) {
        RegionEntity region = Regions.ref(em, in.regionId(), "regionId");
        e.name = Check.text(in.name(), "name", Check.NAME);
        e.regionId = region.id;
        e.regionPath = region.path;
        e.specialty = Check.optional(in.specialty(), "specialty", Check.NAME);
        e.leaderId = deputy(em, in.leaderId(), "leaderId");
        e.viceLeaderId = deputy(em, in.viceLeaderId(), "viceLeaderId");
        e.liaisonId = deputy(em, in.liaisonId(), "liaisonId");
    }

    private static Long deputy(EntityManager em, Long id, String field) {
        if (id != null && em.find(DeputyEntity.class, id) == null) {
            throw new ValidationException(field, "deputy " + id + " does not exist");
        }
        return id;
    }

    @Override
    public DeputyGroup get(long id) {
        Identity me = access.caller();
        return tx.read(em -> dto(visible(em, me, id)));
    }

    @Override
    public void delete(long id) {
        Identity me = access.caller();
        DirectoryPolicy.checkWriter(me, "delete deputy group " + id);
        tx.write(em -> {
            DeputyGroupEntity e = visible(em, me, id);
            DirectoryPolicy.checkWrite(me, e.regionPath, "delete deputy group " + id);
            long members = em.createQuery("SELECT COUNT(d) FROM DeputyEntity d WHERE d.groupId = :g", Long.class)
                    .setParameter("g", id).getSingleResult();
            if (members > 0) {
                throw new ConflictException("group " + e.name + " still has " + members + " member(s)");
            }
            em.remove(e);
            return null;
        });
    }

    @Override
    public Page<DeputyGroup> list(Long regionId, PageRequest page) {
        Identity me = access.caller();
        DirectoryPolicy.checkSignedIn(me, "list deputy groups");
        if (regionId != null) {
            access.requireScope(me, regionId, "list the deputy groups of region " + regionId);
        }
        return tx.read(em -> DirectoryPolicy.readScope(me).restrict(Jpql.from(DeputyGroupEntity.class, "g"),
                "g.regionPath LIKE :lxScope", null, null)
                .where("g.regionPath LIKE :p", "p", regionId == null ? null
                        : Regions.subtreePattern(Regions.find(em, regionId)))
                .orderBy("g.id").page(em, page, DeputyGroupServiceImpl::dto));
    }

    /** The group, if the caller may see it; else "not found", as if it did not exist. */
    private static DeputyGroupEntity visible(EntityManager em, Identity me, long id) {
        DeputyGroupEntity e = find(em, id);
        if (!DirectoryPolicy.canSeeGroup(me, e.regionPath)) {
            if (me.isPublic()) {
                DirectoryPolicy.checkSignedIn(me, "read deputy group " + id);
            }
            throw new NotFoundException("deputy group", id);
        }
        return e;
    }

    static DeputyGroupEntity find(EntityManager em, long id) {
        DeputyGroupEntity e = em.find(DeputyGroupEntity.class, id);
        if (e == null) {
            throw new NotFoundException("deputy group", id);
        }
        return e;
    }

    static DeputyGroup dto(DeputyGroupEntity e) {
        return new DeputyGroup(e.id, e.name, e.regionId, e.specialty, e.leaderId, e.viceLeaderId, e.liaisonId);
    }
}
