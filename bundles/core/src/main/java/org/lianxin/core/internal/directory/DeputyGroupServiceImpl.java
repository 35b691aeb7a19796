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
import org.lianxin.core.internal.jpa.DeputyEntity;
import org.lianxin.core.internal.jpa.DeputyGroupEntity;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DeputyGroupService.class)
public class DeputyGroupServiceImpl implements DeputyGroupService {
    private final Tx tx;

    @Activate
    public DeputyGroupServiceImpl(@Reference Tx tx) {
        this.tx = tx;
    }

    @Override
    public DeputyGroup create(DeputyGroupInput input) {
        return tx.write(em -> {
            DeputyGroupEntity e = new DeputyGroupEntity();
            apply(em, e, Check.required(input, "group"));
            em.persist(e);
            em.flush();
            return dto(e);
        });
    }

    @Override
    public DeputyGroup update(long id, DeputyGroupInput input) {
        return tx.write(em -> {
            DeputyGroupEntity e = find(em, id);
            apply(em, e, Check.required(input, "group"));
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
        return tx.read(em -> dto(find(em, id)));
    }

    @Override
    public void delete(long id) {
        tx.write(em -> {
            DeputyGroupEntity e = find(em, id);
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
        return tx.read(em -> Jpql.from(DeputyGroupEntity.class, "g")
                .where("g.regionPath LIKE :p", "p", regionId == null ? null
                        : Regions.subtreePattern(Regions.find(em, regionId)))
                .orderBy("g.id").page(em, page, DeputyGroupServiceImpl::dto));
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
