package org.lianxin.practice.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import javax.persistence.Query;

import org.lianxin.api.AccessDeniedException;
import org.lianxin.api.ConflictException;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Identity;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Region;

/**
 * Where a practice may act: the regions it is activated for, with their subtrees, and of those only the caller's
 * region and below (a county's staff never reach another county's rows). Rows keep their region's path of ids from
 * the root ({@code "/1/2/5/"}), so a subtree is a path prefix and lists filter and page in the database. A call with
 * no caller at all is refused, as core's services refuse it.
 */
public class PracticeScope {
    private final String practiceId;
    private final PracticeRegistry practices;
    private final RegionService regions;

    public PracticeScope(String practiceId, PracticeRegistry practices, RegionService regions) {
        this.practiceId = practiceId;
        this.practices = practices;
        this.regions = regions;
    }

    /** The region's path, after checking the practice is active there (409 naming both otherwise). */
    public String requireActive(long regionId) {
        Identity me = caller();
        practices.requireActive(practiceId, regionId);
        String path = subtreePath(regionId);
        if (!reaches(me, path)) {
            throw new AccessDeniedException(me.username() + " may not act in region " + regionId + ": it is outside"
                    + " their own region and the regions below it");
        }
        return path;
    }

    /** The caller; 401 when nobody is bound (a thread that forgot to say whom it acts for). */
    public static Identity caller() {
        return Callers.current().orElseThrow(() -> new NotAuthenticatedException(
                "this needs a login: no user is bound to the call"));
    }

    /** The caller, who must be signed in (not the public); 401 otherwise. */
    public static Identity signedIn(String what) {
        Identity me = caller();
        if (me.isPublic()) {
            throw new NotAuthenticatedException(what + " needs a login");
        }
        return me;
    }

    /**
     * The caller must be this deputy: a deputy's own vote, rating or signature is theirs to give, never staff's on
     * their behalf (the system, e.g. demo data, excepted). 403 otherwise.
     */
    public static Identity requireDeputy(long deputyId, String what) {
        Identity me = signedIn(what);
        if (me.isSystem() || me.deputyId() != null && me.deputyId() == deputyId) {
            return me;
        }
        throw new AccessDeniedException(what + " is deputy " + deputyId + "'s own to give: log in as that deputy");
    }

    /** Whether a row of the region with this path is within the caller's reach (the public reads what is shown). */
    public static boolean reaches(Identity me, String path) {
        return me.isSystem() || me.isPublic() || me.covers(path);
    }

    /**
     * Whether the practice is activated for the region. Asked through {@code requireActive}, which reads the
     * activation only: {@code isActive} also wants the practice registered, which it is not yet while it starts.
     */
    public boolean isActive(long regionId) {
        try {
            practices.requireActive(practiceId, regionId);
            return true;
        } catch (ConflictException | NotFoundException e) {
            return false;
        }
    }

    /**
     * The row, when it exists and the practice is active in its region; otherwise "does not exist" (404) — a row of a
     * region where the practice is not active is not shown there.
     */
    public <T> T visible(T row, ToLongFunction<T> regionOf, String entity, long id) {
        Identity me = caller();
        if (row == null || !isActive(regionOf.applyAsLong(row))
                || !reaches(me, subtreePath(regionOf.applyAsLong(row)))) {
            throw new NotFoundException(entity, id);
        }
        return row;
    }

    /** The region's path, active or not: the figures of a city sum up its active districts. */
    public String subtreePath(long regionId) {
        return path(regions.ancestry(regionId));
    }

    /**
     * Where a list looks: the region's subtree when one is asked for (refused when the practice is not active
     * there), else the subtrees of every region the practice is activated for.
     */
    public List<String> listPaths(Long regionId) {
        if (regionId != null) {
            return List.of(requireActive(regionId));
        }
        Identity me = caller();
        Set<String> out = new LinkedHashSet<>();
        for (Region r : practices.activeRegions(practiceId)) {
            String active = subtreePath(r.id());
            if (reaches(me, active)) {
                out.add(active);
            } else if (me.regionPath().startsWith(active)) {
                // the caller's region lies inside an active one: their own subtree of it
                out.add(me.regionPath());
            }
        }
        return new ArrayList<>(out);
    }

    public static String path(List<Region> ancestry) {
        return ancestry.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining("/", "/", "/"));
    }

    /** A JPQL condition: {@code alias.regionPath} under any of the paths, bound by {@link #bind}. */
    public static String under(String alias, List<String> paths) {
        List<String> any = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            any.add(alias + ".regionPath LIKE :path" + i);
        }
        return paths.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
    }

    public static <Q extends Query> Q bind(Q query, List<String> paths) {
        for (int i = 0; i < paths.size(); i++) {
            query.setParameter("path" + i, paths.get(i) + "%");
        }
        return query;
    }
}
