package org.lianxin.core.internal.util;

import java.util.EnumSet;
import java.util.Set;

import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;

/**
 * The rows of a region-scoped table a caller may read: all of them, those of a subtree (a region path prefix such as
 * {@code /1/3/}), those of their own deputy record, those of their own handling unit, or any of these at once. A
 * policy decides it from the caller's {@link Identity}; the service uses {@link #admits} for one row (a row it does
 * not admit is "not found") and {@link #restrict} to narrow a list in the database.
 */
public record ReadScope(boolean everything, String subtree, Long deputyId, Long unitId) {
    public static final ReadScope ALL = new ReadScope(true, null, null, null);
    public static final ReadScope NONE = new ReadScope(false, null, null, null);
    /** Who reads a region's deputy work (duties, opinions, scores) by region: the office and group leaders. */
    public static final Set<Role> BY_REGION = EnumSet.of(Role.ADMIN, Role.STAFF, Role.LEADER, Role.GROUP_LEADER);

    /** Whether the caller reads deputy work by region (their subtree), not only their own. */
    public static boolean readsByRegion(Identity me) {
        return me.isSystem() || me.hasAny(BY_REGION);
    }

    /** The caller's own deputy record, if they are a deputy or group leader. */
    public static Long ownDeputy(Identity me) {
        return me.has(Role.DEPUTY) || me.has(Role.GROUP_LEADER) ? me.deputyId() : null;
    }

    /** Deputy work the caller reads: their subtree if they read by region, and their own deputy's rows. */
    public static ReadScope deputyWork(Identity me) {
        if (me.isSystem()) {
            return ALL;
        }
        ReadScope scope = me.hasAny(BY_REGION) ? subtreeOf(me.regionPath()) : NONE;
        return scope.orDeputy(ownDeputy(me));
    }

    /** The subtree of a region path; null (the whole country) reads everything. */
    public static ReadScope subtreeOf(String regionPath) {
        return regionPath == null ? ALL : new ReadScope(false, regionPath, null, null);
    }

    public ReadScope orDeputy(Long id) {
        return everything || id == null ? this : new ReadScope(false, subtree, id, unitId);
    }

    public ReadScope orUnit(Long id) {
        return everything || id == null ? this : new ReadScope(false, subtree, deputyId, id);
    }

    /** Whether the caller may read nothing at all. */
    public boolean isEmpty() {
        return !everything && subtree == null && deputyId == null && unitId == null;
    }

    /** Whether a row of the region with this path, this deputy's and this unit's, is within the scope. */
    public boolean admits(String rowPath, Long rowDeputyId, Long rowUnitId) {
        return everything || subtree != null && rowPath != null && rowPath.startsWith(subtree)
                || deputyId != null && deputyId.equals(rowDeputyId) || unitId != null && unitId.equals(rowUnitId);
    }

    public boolean admitsPath(String rowPath) {
        return admits(rowPath, null, null);
    }

    /**
     * Adds the scope's conditions to a query, OR-ed together: {@code pathCondition} using {@code :lxScope} (a LIKE
     * pattern), {@code deputyCondition} using {@code :lxMine}, {@code unitCondition} using {@code :lxUnit}; a null
     * condition is a column the table does not have. Nothing is added for {@link #ALL}; an empty scope matches no
     * row.
     */
    public <E> Jpql<E> restrict(Jpql<E> j, String pathCondition, String deputyCondition, String unitCondition) {
        if (everything) {
            return j;
        }
        StringBuilder or = new StringBuilder();
        if (subtree != null && pathCondition != null) {
            or.append(pathCondition);
            j.param("lxScope", subtree + "%");
        }
        if (deputyId != null && deputyCondition != null) {
            or.append(or.length() == 0 ? "" : " OR ").append(deputyCondition);
            j.param("lxMine", deputyId);
        }
        if (unitId != null && unitCondition != null) {
            or.append(or.length() == 0 ? "" : " OR ").append(unitCondition);
            j.param("lxUnit", unitId);
        }
        return j.where(or.length() == 0 ? "1 = 0" : "(" + or + ")");
    }
}
