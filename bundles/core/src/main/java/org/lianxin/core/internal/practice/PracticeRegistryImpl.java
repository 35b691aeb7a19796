package org.lianxin.core.internal.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.lianxin.api.NotFoundException;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.PracticeInfo;
import org.lianxin.api.dto.Region;
import org.lianxin.spi.Practice;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The practices installed now (a dynamic view of the {@link Practice} services) and the regions each is
 * activated for, read from the factory configurations {@code org.lianxin.practice.<id>~<name>} ({@code region=CODE}).
 */
@Component(service = PracticeRegistry.class)
public class PracticeRegistryImpl implements PracticeRegistry {
    static final String FACTORY_PREFIX = "org.lianxin.practice.";
    private static final Logger LOG = LoggerFactory.getLogger(PracticeRegistryImpl.class);

    private final Map<String, Practice> practices = new ConcurrentHashMap<>();
    private final RegionService regions;
    private final ConfigurationAdmin configAdmin;

    @Activate
    public PracticeRegistryImpl(@Reference RegionService regions, @Reference ConfigurationAdmin configAdmin) {
        this.regions = regions;
        this.configAdmin = configAdmin;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPractice(Practice practice) {
        practices.put(practice.id(), practice);
    }

    void removePractice(Practice practice) {
        practices.remove(practice.id(), practice);
    }

    @Override
    public List<PracticeInfo> list() {
        List<PracticeInfo> out = new ArrayList<>();
        for (Practice p : practices.values()) {
            out.add(info(p));
        }
        out.sort(Comparator.comparing(PracticeInfo::id));
        return out;
    }

    @Override
    public Optional<PracticeInfo> get(String id) {
        Practice p = id == null ? null : practices.get(id);
        return p == null ? Optional.empty() : Optional.of(info(p));
    }

    @Override
    public boolean isActive(String practiceId, long regionId) {
        if (!practices.containsKey(practiceId)) {
            return false;
        }
        List<String> active = activeRegions(practiceId);
        if (active.isEmpty()) {
            return false;
        }
        try {
            for (Region r : regions.ancestry(regionId)) {
                if (active.contains(r.code())) {
                    return true;
                }
            }
        } catch (NotFoundException e) {
            return false;
        }
        return false;
    }

    private PracticeInfo info(Practice p) {
        return new PracticeInfo(p.id(), p.nameZh(), p.nameEn(), p.version(), p.description(), p.contributions(),
                activeRegions(p.id()));
    }

    private List<String> activeRegions(String practiceId) {
        List<String> codes = new ArrayList<>();
        try {
            Configuration[] configs = configAdmin.listConfigurations(
                    "(service.factoryPid=" + FACTORY_PREFIX + practiceId + ")");
            if (configs != null) {
                for (Configuration c : configs) {
                    Object region = c.getProperties() == null ? null : c.getProperties().get("region");
                    if (region != null) {
                        codes.add(String.valueOf(region).trim().toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
        } catch (Exception e) {
            LOG.warn("could not read the activations of practice {}", practiceId, e);
        }
        codes.sort(null);
        return codes;
    }
}
