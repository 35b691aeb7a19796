package org.lianxin.core.internal.demo;

import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import org.lianxin.api.DemoData;
import org.lianxin.api.DeputyGroupService;
import org.lianxin.api.DeputyService;
import org.lianxin.api.DutyService;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.VoterReportService;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.OpinionService;
import org.lianxin.api.RegionService;
import org.lianxin.api.StationService;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.security.Callers;
import org.lianxin.core.internal.tx.Tx;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the Huaibei demo data on first start when {@code etc/org.lianxin.demo.cfg} says {@code enabled=true};
 * does nothing when the demo city already exists, so a restart never loads it twice.
 */
@Component(immediate = true, configurationPid = "org.lianxin.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoDataLoader.Config.class)
public class DemoDataLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    @ObjectClassDefinition(name = "Lianxin demo data")
    public @interface Config {
        boolean enabled() default false;
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            // demo data is core's own work: it runs as the system, past the checks of a user's reach
            r -> new Thread(() -> Callers.runAsSystem(r), "lianxin-demo"));
    private volatile ServiceRegistration<DemoData> ready;

    @Activate
    public DemoDataLoader(Config config, BundleContext context, @Reference RegionService regions, @Reference DeputyGroupService groups,
            @Reference DeputyService deputies, @Reference StationService stations,
            @Reference HandlingUnitService units, @Reference OpinionService opinions,
            @Reference SuggestionService suggestions, @Reference Tx tx, @Reference HandlingClock clock,
            @Reference DutyService duties, @Reference VoterReportService reports) {
        if (!config.enabled()) {
            return;
        }
        executor.execute(() -> {
            try {
                regions.getByCode(HuaibeiDemo.CITY_CODE);
                LOG.debug("demo data present already");
                announce(context);
                return;
            } catch (NotFoundException absent) {
                // first start: load it
            }
            long start = System.nanoTime();
            try {
                new HuaibeiDemo(regions, groups, deputies, stations, units, opinions, suggestions, tx, clock, duties,
                        reports).load();
                LOG.info("demo data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                announce(context);
            } catch (RuntimeException e) {
                LOG.error("demo data could not be loaded", e);
            }
        });
    }

    /** Practices with demo data of their own wait for this service. */
    private void announce(BundleContext context) {
        DemoData data = () -> HuaibeiDemo.CITY_CODE;
        ready = context.registerService(DemoData.class, data, null);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
        ServiceRegistration<DemoData> r = ready;
        if (r != null) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping and the framework unregistered it first
            }
        }
    }
}
