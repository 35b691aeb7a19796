package org.lianxin.practice.studio.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.lianxin.api.ConflictException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Region;
import org.lianxin.practice.studio.internal.jpa.StudioEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Where the studio practice may act: regions where it is activated (with their subtrees). A studio of a region
 * where the practice is not active is not shown ("does not exist" to callers there), and nothing is written there.
 */
@Component(service = Scope.class)
public class Scope {
    private final PracticeRegistry practices;
    private final RegionService regions;

    @Activate
    public Scope(@Reference PracticeRegistry practices, @Reference RegionService regions) {
        this.practices = practices;
        this.regions = regions;
    }

    /** The region's path ("/1/2/5/"), after checking the practice is active there. */
    String requireActive(long regionId) {
        practices.requireActive(StudioPractice.ID, regionId);
        return path(regions.ancestry(regionId));
    }

    /**
     * Whether the practice is activated for the region. Asked through {@code requireActive}, which reads the
     * activation only: {@code isActive} also wants the practice registered, which it is not yet while it starts.
     */
    boolean isActive(long regionId) {
        try {
            practices.requireActive(StudioPractice.ID, regionId);
            return true;
        } catch (ConflictException | NotFoundException e) {
            return false;
        }
    }

    /**
     * Where a list looks: the region's subtree when one is asked for (refused when the practice is not active
     * there), else the subtrees of every region the practice is activated for; as region path prefixes.
     */
    List<String> listPaths(Long regionId) {
        if (regionId != null) {
            return List.of(requireActive(regionId));
        }
        return practices.activeRegions(StudioPractice.ID).stream().map(r -> path(regions.ancestry(r.id()))).toList();
    }

    /** A JPQL condition matching rows under any of the paths ({@code :path0}, {@code :path1}...). */
    static String under(String alias, List<String> paths) {
        List<String> any = new java.util.ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            any.add(alias + ".regionPath LIKE :path" + i);
        }
        return paths.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
    }

    static <Q extends javax.persistence.Query> Q bind(Q query, List<String> paths) {
        for (int i = 0; i < paths.size(); i++) {
            query.setParameter("path" + i, paths.get(i) + "%");
        }
        return query;
    }

    /** The studio, when the practice is active in its region. */
    StudioEntity visible(StudioEntity studio, long id) {
        if (studio == null || !isActive(studio.regionId)) {
            throw new NotFoundException("studio", id);
        }
        return studio;
    }

    static String path(List<Region> ancestry) {
        return ancestry.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining("/", "/", "/"));
    }
}
