package org.lianxin.practice.petition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.lianxin.api.ConflictException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Region;
import org.lianxin.practice.petition.internal.jpa.PetitionEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Where the petition practice may act: regions where it is activated (with their subtrees). A petition of a region
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
        practices.requireActive(PetitionPractice.ID, regionId);
        return path(regions.ancestry(regionId));
    }

    /**
     * Whether the practice is activated for the region. Asked through {@code requireActive}, which reads the
     * activation only: {@code isActive} also wants the practice registered, which it is not yet while it starts.
     */
    boolean isActive(long regionId) {
        try {
            practices.requireActive(PetitionPractice.ID, regionId);
            return true;
        } catch (ConflictException | NotFoundException e) {
            return false;
        }
    }

    /** The region's path, active or not: figures of a city sum up its active districts. */
    String subtreePath(long regionId) {
        return path(regions.ancestry(regionId));
    }

    /** The paths of the regions the practice is activated for, so that lists filter and page in the database. */
    List<String> activePaths() {
        List<String> out = new ArrayList<>();
        for (Region r : practices.activeRegions(PetitionPractice.ID)) {
            out.add(path(regions.ancestry(r.id())));
        }
        return out;
    }

    /** The petition, when the practice is active in its region. */
    PetitionEntity visible(PetitionEntity petition, long id) {
        if (petition == null || !isActive(petition.regionId)) {
            throw new NotFoundException("petition", id);
        }
        return petition;
    }

    static String path(List<Region> ancestry) {
        return ancestry.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining("/", "/", "/"));
    }
}
