package org.lianxin.core.internal.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.lianxin.api.ConflictException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.PracticeFigures;
import org.lianxin.api.dto.PracticeInfo;
import org.lianxin.api.dto.Region;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.security.Access;
import org.lianxin.core.internal.util.Refusals;
import org.lianxin.spi.Practice;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The practices installed now (a dynamic view of the {@link Practice} services, each read once through
 * {@link SafePractice} so a misbehaving plugin is left out rather than breaking a listing) and the regions each is
 * activated for ({@link Activations}). Reads are open, with or without a caller: practices ask while they start. A
 * practice is activated and deactivated by an administrator whose scope covers the region (an activation naming a
 * region that does not exist: a national administrator).
 */
@Component(service = PracticeRegistry.class)
public class PracticeRegistryImpl implements PracticeRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PracticeRegistryImpl.class);

    private final Map<Practice, SafePractice> practices = new ConcurrentHashMap<>();
    private final RegionService regions;
    private final Activations activations;
    private final Supplier<Identity> caller;

    @Activate
    public PracticeRegistryImpl(@Reference RegionService regions, @Reference Activations activations,
            @Reference Access access) {
        this(regions, activations, access::caller);
    }

    /** @param caller the caller of the current call ({@link Access#caller()}), a fixed one in tests */
    PracticeRegistryImpl(RegionService regions, Activations activations, Supplier<Identity> caller) {
        this.regions = regions;
        this.activations = activations;
        this.caller = caller;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPractice(Practice practice) {
        SafePractice.of(practice).ifPresent(p -> {
            practices.put(practice, p);
            LOG.info("practice {} {} installed", p.id(), p.version());
        });
    }

    void removePractice(Practice practice) {
        SafePractice p = practices.remove(practice);
        if (p != null) {
            LOG.info("practice {} removed", p.id());
        }
    }

    @Override
    public List<PracticeInfo> list() {
        List<PracticeInfo> out = new ArrayList<>();
        for (SafePractice p : practices.values()) {
            out.add(p.info(activations.regions(p.id())));
        }
        out.sort(Comparator.comparing(PracticeInfo::id));
        return out;
    }

    @Override
    public Optional<PracticeInfo> get(String id) {
        return find(id).map(p -> p.info(activations.regions(p.id())));
    }

    private Optional<SafePractice> find(String id) {
        return practices.values().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public boolean isActive(String practiceId, long regionId) {
        if (find(practiceId).isEmpty()) {
            return false;
        }
        try {
            return activeIn(practiceId, regions.ancestry(regionId));
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public List<Region> activeRegions(String practiceId) {
        List<Region> out = new ArrayList<>();
        for (String code : activations.regions(practiceId)) {
            try {
                out.add(regions.getByCode(code));
            } catch (NotFoundException unknownCode) {
                // an activation naming a region that does not exist activates nothing
            }
        }
        return out;
    }

    @Override
    public void requireActive(String practiceId, long regionId) {
        List<Region> ancestry = regions.ancestry(regionId);
        if (!activeIn(practiceId, ancestry)) {
            Region region = ancestry.get(ancestry.size() - 1);
            throw new ConflictException("practice " + practiceId + " is not active in " + region.name() + " ("
                    + region.code() + "); activate it with practice:activate " + practiceId + " <region code>");
        }
    }

    private boolean activeIn(String practiceId, List<Region> ancestry) {
        List<String> active = activations.regions(practiceId);
        return ancestry.stream().anyMatch(r -> active.contains(r.code()));
    }

    @Override
    public List<PracticeFigures> figures(long regionId, Integer year) {
        List<Region> ancestry = regions.ancestry(regionId);
        List<PracticeFigures> out = new ArrayList<>();
        for (SafePractice p : practices.values()) {
            if (activeIn(p.id(), ancestry) || activeBelow(p.id(), regionId)) {
                out.add(p.figures(regionId, year));
            }
        }
        out.sort(Comparator.comparing(PracticeFigures::practiceId));
        return out;
    }

    /** Whether the practice is activated for a region under this one (a city sees its counties' studios). */
    private boolean activeBelow(String practiceId, long regionId) {
        for (Region active : activeRegions(practiceId)) {
            if (regions.ancestry(active.id()).stream().anyMatch(r -> r.id() == regionId)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean activate(String practiceId, String regionCode) {
        Identity me = caller.get();
        String what = "activate practice " + practiceId + " in " + regionCode;
        checkActivation(me, "", what);
        Region region = regions.getByCode(regionCode);
        checkActivation(me, path(regions.ancestry(region.id())), what);
        return activations.activate(Activations.checkId(practiceId), region.code());
    }

    @Override
    public boolean deactivate(String practiceId, String regionCode) {
        Identity me = caller.get();
        String what = "deactivate practice " + practiceId + " in " + regionCode;
        checkActivation(me, "", what);
        String path;
        try {
            path = path(regions.ancestry(regions.getByCode(regionCode).id()));
        } catch (NotFoundException unknownCode) {
            path = null; // an activation of a region that does not exist: the whole country's administrator's
        }
        checkActivation(me, path, what);
        return activations.deactivate(Activations.checkId(practiceId), regionCode);
    }

    /**
     * An administrator whose scope covers the region with this path (null: a national administrator only; "": any
     * administrator, the check before the region is looked up).
     */
    static void checkActivation(Identity me, String path, String what) {
        if (me.isSystem() || me.has(Role.ADMIN) && ("".equals(path) || me.covers(path))) {
            return;
        }
        throw Refusals.refuse(me, what, path == null ? "a national administrator"
                : "administrators of the region or a region above it");
    }

    /** A region's path, {@code /1/3/}, from its ancestry, root first. */
    static String path(List<Region> ancestry) {
        return ancestry.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining("/", "/", "/"));
    }
}
