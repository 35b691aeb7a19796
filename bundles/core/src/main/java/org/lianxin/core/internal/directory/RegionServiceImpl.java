package org.lianxin.core.internal.directory;

import java.util.List;

import javax.persistence.EntityManager;

import org.lianxin.api.ConflictException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.RegionService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.RegionInput;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.security.Access;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The region tree. Reads are open to everyone, with or without a caller: the tree is public, and the handling clock
 * and the practices look regions up from threads that act for nobody. Creating, changing and deleting a region is for
 * an administrator whose scope covers the new region's parent, or the region itself ({@link DirectoryPolicy}).
 */
@Component(service = RegionService.class)
public class RegionServiceImpl implements RegionService {
    private static final String[] REFERRING = { "DeputyEntity", "DeputyGroupEntity", "StationEntity", "UnitEntity",
        "OpinionEntity", "SuggestionEntity" };
    private final Tx tx;
    private final Access access;

    @Activate
    public RegionServiceImpl(@Reference Tx tx, @Reference Access access) {
        this.tx = tx;
        this.access = access;
    }

    @Override
    public Region create(RegionInput input) {
        Check.required(input, "region");
        Identity me = access.caller();
        return tx.write(em -> {
            String under = input.parentId() == null ? null : Regions.ref(em, input.parentId(), "parentId").path;
            DirectoryPolicy.checkRegionWrite(me, under, "create a region"
                    + (input.parentId() == null ? " at the top" : " under region " + input.parentId()));
            RegionEntity e = new RegionEntity();
            apply(em, e, input);
            String parentPath = e.parentId == null ? "/" : Regions.find(em, e.parentId).path;
            // the path ends with the region's own id, known only once the row exists
            e.path = parentPath;
            em.persist(e);
            em.flush();
            e.path = parentPath + e.id + "/";
            return Regions.dto(e);
        });
    }

    @Override
    public Region update(long id, RegionInput input) {
        Check.required(input, "region");
        Identity me = access.caller();
        return tx.write(em -> {
            RegionEntity e = Regions.find(em, id);
            DirectoryPolicy.checkRegionWrite(me, e.path, "change region " + id);
            if (!java.util.Objects.equals(e.parentId, input.parentId())) {
                throw new ValidationException("parentId", "a region cannot be moved to another parent");
            }
            if (!e.level.equals(String.valueOf(input.level()))) {
                throw new ValidationException("level", "the level of a region cannot change");
            }
            apply(em, e, input);
            return Regions.dto(e);
        });
    }

    private void apply(EntityManager em, RegionEntity e, RegionInput in) {
        String code = Check.code(in.code(), "code");
        RegionLevel level = Check.required(in.level(), "level");
        e.name = Check.text(in.name(), "name", Check.NAME);
        List<Long> same = em.createQuery("SELECT r.id FROM RegionEntity r WHERE r.code = :c", Long.class)
                .setParameter("c", code).getResultList();
        if (!same.isEmpty() && !same.get(0).equals(e.id)) {
            throw new ConflictException("a region with code " + code + " exists already");
        }
        e.code = code;
        if (e.id == null) {
            if (in.parentId() == null) {
                if (level != RegionLevel.PROVINCE && level != RegionLevel.CITY) {
                    throw new ValidationException("parentId", "a " + level + " region needs a parent");
                }
            } else {
                RegionEntity parent = Regions.ref(em, in.parentId(), "parentId");
                if (RegionLevel.valueOf(parent.level).ordinal() >= level.ordinal()) {
                    throw new ValidationException("level", "a " + level + " cannot be under a " + parent.level);
                }
            }
            e.parentId = in.parentId();
            e.level = level.name();
        }
    }

    @Override
    public Region get(long id) {
        return tx.read(em -> Regions.dto(Regions.find(em, id)));
    }

    @Override
    public void delete(long id) {
        Identity me = access.caller();
        tx.write(em -> {
            RegionEntity e = Regions.find(em, id);
            DirectoryPolicy.checkRegionWrite(me, e.path, "delete region " + id);
            long children = em.createQuery("SELECT COUNT(r) FROM RegionEntity r WHERE r.parentId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (children > 0) {
                throw new ConflictException("region " + e.code + " still has " + children + " sub-region(s)");
            }
            for (String entity : REFERRING) {
                long n = em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.regionId = :id", Long.class)
                        .setParameter("id", id).getSingleResult();
                if (n > 0) {
                    throw new ConflictException("region " + e.code + " is still in use");
                }
            }
            em.remove(e);
            return null;
        });
    }

    @Override
    public Region getByCode(String code) {
        String c = Check.text(code, "code", 32).toUpperCase(java.util.Locale.ROOT);
        return tx.read(em -> em.createQuery("SELECT r FROM RegionEntity r WHERE r.code = :c", RegionEntity.class)
                .setParameter("c", c).getResultList().stream().findFirst().map(Regions::dto)
                .orElseThrow(() -> new NotFoundException("region", c)));
    }

    @Override
    public Page<Region> list(Long parentId, RegionLevel level, PageRequest page) {
        return tx.read(em -> {
            Jpql<RegionEntity> q = Jpql.from(RegionEntity.class, "r").orderBy("r.code");
            if (parentId == null && level == null) {
                q.where("r.parentId IS NULL");
            }
            if (parentId != null) {
                RegionEntity parent = Regions.find(em, parentId);
                q.where(level == null ? "r.parentId = :p" : "r.path LIKE :p", "p",
                        level == null ? parentId : (Object) Regions.subtreePattern(parent));
            }
            q.where("r.level = :l", "l", level == null ? null : level.name());
            return q.page(em, page, Regions::dto);
        });
    }

    @Override
    public List<Long> subtreeIds(long regionId) {
        return tx.read(em -> em.createQuery("SELECT r.id FROM RegionEntity r WHERE r.path LIKE :p ORDER BY r.id",
                Long.class).setParameter("p", Regions.subtreePattern(Regions.find(em, regionId))).getResultList());
    }

    @Override
    public List<Region> ancestry(long regionId) {
        return tx.read(em -> Regions.ancestry(em, Regions.find(em, regionId)).stream().map(Regions::dto).toList());
    }

    @Override
    public Region ancestorAt(long regionId, RegionLevel level) {
        return tx.read(em -> {
            RegionEntity r = Regions.ancestorAt(em, Regions.find(em, regionId), level);
            if (r == null) {
                throw new NotFoundException(level.name().toLowerCase() + " region above", regionId);
            }
            return Regions.dto(r);
        });
    }
}
