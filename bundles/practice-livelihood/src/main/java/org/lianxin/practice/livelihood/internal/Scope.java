package org.lianxin.practice.livelihood.internal;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.Query;

import org.lianxin.api.NotFoundException;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.security.Identity;
import org.lianxin.api.dto.Region;
import org.lianxin.practice.livelihood.api.ElectorateBody;
import org.lianxin.practice.livelihood.internal.jpa.RoundEntity;
import org.lianxin.practice.support.PracticeScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Where the livelihood practice may act. A round of a region where the practice is not active is not shown ("does not
 * exist" to callers there), and nothing is written there.
 * <p>
 * A COUNCIL round is the council's business: it is also in scope wherever the practice {@value #COUNCIL} is installed
 * and active, so the street office's proposals, candidate list, the review and the tracking of its projects work over
 * livelihood's REST for a street whose county has not activated livelihood itself. The council is asked by its id
 * only; livelihood uses nothing of it.
 */
@Component(service = Scope.class)
public class Scope extends PracticeScope {
    static final String COUNCIL = "council";

    private final PracticeRegistry practices;
    private final RegionService regions;

    @Activate
    public Scope(@Reference PracticeRegistry practices, @Reference RegionService regions) {
        super(LivelihoodPractice.ID, practices, regions);
        this.practices = practices;
        this.regions = regions;
    }

    static boolean isCouncilRound(RoundEntity r) {
        return ElectorateBody.COUNCIL.name().equals(r.electorateBody);
    }

    /** Whether the council practice is installed and active in the region (its subtree included). */
    boolean councilActive(long regionId) {
        return practices.isActive(COUNCIL, regionId);
    }

    /** Whether the round is shown: livelihood active in its region, or a council round where the council is active. */
    boolean inScope(RoundEntity r) {
        return isActive(r.regionId) || isCouncilRound(r) && councilActive(r.regionId);
    }

    /** The round when it is in scope, else "does not exist" (404). */
    RoundEntity visible(RoundEntity r, long id) {
        if (r == null || !inScope(r) || !sees(caller(), r)) {
            throw new NotFoundException("round", id);
        }
        return r;
    }

    /**
     * A published round is everyone's; before that a round is the work of its region: seen by users of that region and
     * below, and by the deputies of the regions within it (a township's deputy votes in the county's round), never by
     * another county or by the public.
     */
    static boolean sees(Identity me, RoundEntity r) {
        if (r.publishedAt != null || me.isSystem()) {
            return true;
        }
        if (me.isPublic()) {
            return false;
        }
        return me.covers(r.regionPath) || me.deputyId() != null && me.regionPath() != null
                && me.regionPath().startsWith(r.regionPath);
    }

    /** The caller's part of each path: the path when it lies within their region, their region when it lies within. */
    static List<String> narrow(Identity me, List<String> paths) {
        if (me.isSystem() || me.isPublic() || me.regionPath() == null) {
            return paths;
        }
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            String mine = p.startsWith(me.regionPath()) ? p : me.regionPath().startsWith(p) ? me.regionPath() : null;
            if (mine != null && !out.contains(mine)) {
                out.add(mine);
            }
        }
        return out;
    }

    /** Before a write to the round: a council round where the council is active passes, else livelihood's check (409). */
    void requireActive(RoundEntity r) {
        if (!(isCouncilRound(r) && councilActive(r.regionId))) {
            requireActive(r.regionId);
        }
    }

    /**
     * As {@link #requireActive(RoundEntity)} without the caller's region: a ballot or a satisfaction vote is the
     * elector's own (a township's deputy votes in the county's round), checked against the electorate instead.
     */
    void requireActivation(RoundEntity r) {
        if (!inScope(r)) {
            practices.requireActive(LivelihoodPractice.ID, r.regionId);
        }
    }

    /**
     * Where a list of rounds looks: livelihood's subtrees ({@link #listPaths}) for every round, and the council's for
     * COUNCIL rounds. With a region: refused (409) only when neither practice serves it.
     */
    Where where(Long regionId) {
        List<String> own = new ArrayList<>();
        List<String> council = new ArrayList<>();
        if (regionId == null) {
            own.addAll(listPaths(null));
            if (practices.get(COUNCIL).isPresent()) {
                for (Region r : practices.activeRegions(COUNCIL)) {
                    council.add(subtreePath(r.id()));
                }
            }
            return where(own, council);
        }
        if (isActive(regionId)) {
            own.add(subtreePath(regionId));
        }
        if (councilActive(regionId)) {
            council.add(subtreePath(regionId));
        } else if (practices.get(COUNCIL).isPresent()) {
            // the council may be active in a street below the asked county
            String path = subtreePath(regionId);
            for (Region r : practices.activeRegions(COUNCIL)) {
                String p = subtreePath(r.id());
                if (p.startsWith(path)) {
                    council.add(p);
                }
            }
        }
        if (own.isEmpty() && council.isEmpty()) {
            requireActive(regionId); // the 409 naming the practice and the region
        }
        return where(own, council);
    }

    /** The caller's part of the paths; the public lists published rounds only. */
    private static Where where(List<String> own, List<String> council) {
        Identity me = caller();
        return new Where(narrow(me, own), narrow(me, council), me.isPublic());
    }

    /** The region's name, for messages. */
    String regionName(long regionId) {
        return regions.get(regionId).name();
    }

    /**
     * A JPQL condition on a row's region path and its round's electorate body, with its parameters ({@code :own<i>},
     * {@code :council<i>}) bound by {@link #bind}.
     */
    record Where(List<String> own, List<String> council, boolean publishedOnly) {

        String condition(String pathAlias, String roundAlias) {
            List<String> any = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                any.add(pathAlias + ".regionPath LIKE :own" + i);
            }
            for (int i = 0; i < council.size(); i++) {
                any.add("(" + roundAlias + ".electorateBody = 'COUNCIL' AND " + pathAlias + ".regionPath LIKE :council"
                        + i + ")");
            }
            return any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")"
                    + (publishedOnly ? " AND " + roundAlias + ".publishedAt IS NOT NULL" : "");
        }

        <Q extends Query> Q bind(Q query) {
            for (int i = 0; i < own.size(); i++) {
                query.setParameter("own" + i, own.get(i) + "%");
            }
            for (int i = 0; i < council.size(); i++) {
                query.setParameter("council" + i, council.get(i) + "%");
            }
            return query;
        }
    }
}
