package org.lianxin.core.internal.directory;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.core.internal.jpa.RegionEntity;

/** Region look-ups used inside other services' transactions. */
public final class Regions {
    private Regions() {
    }

    public static RegionEntity find(EntityManager em, long id) {
        RegionEntity r = em.find(RegionEntity.class, id);
        if (r == null) {
            throw new NotFoundException("region", id);
        }
        return r;
    }

    /** The region, or a validation failure naming the input field that refers to it. */
    public static RegionEntity ref(EntityManager em, long id, String field) {
        RegionEntity r = em.find(RegionEntity.class, id);
        if (r == null) {
            throw new ValidationException(field, "region " + id + " does not exist");
        }
        return r;
    }

    public static Region dto(RegionEntity e) {
        return new Region(e.id, e.code, e.name, RegionLevel.valueOf(e.level), e.parentId);
    }

    /** Root first, the region itself last; one query. */
    public static List<RegionEntity> ancestry(EntityManager em, RegionEntity region) {
        List<Long> ids = new ArrayList<>();
        for (String id : region.path.split("/")) {
            if (!id.isEmpty()) {
                ids.add(Long.parseLong(id));
            }
        }
        List<RegionEntity> out = new ArrayList<>(em.createQuery("SELECT r FROM RegionEntity r WHERE r.id IN :ids",
                RegionEntity.class).setParameter("ids", ids).getResultList());
        out.sort(java.util.Comparator.comparingInt(r -> ids.indexOf(r.id)));
        return out;
    }

    /** The nearest region at or above {@code region} with the level, or null. */
    public static RegionEntity ancestorAt(EntityManager em, RegionEntity region, RegionLevel level) {
        List<RegionEntity> chain = ancestry(em, region);
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).level.equals(level.name())) {
                return chain.get(i);
            }
        }
        return null;
    }

    /** A JPQL condition on a path column matching a region and everything under it. */
    public static String subtreePattern(RegionEntity region) {
        return region.path + "%";
    }
}
