package org.lianxin.core.internal.clock;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.lianxin.api.HandlingClock;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.security.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the overdue escalation on a schedule. Every node may run it: the suggestion service escalates each item
 * once, whichever node gets there first.
 */
@Component(immediate = true, configurationPid = "org.lianxin.escalation")
@Designate(ocd = OverdueEscalationJob.Config.class)
public class OverdueEscalationJob {
    private static final Logger LOG = LoggerFactory.getLogger(OverdueEscalationJob.class);

    @ObjectClassDefinition(name = "Lianxin overdue escalation")
    public @interface Config {
        @AttributeDefinition(description = "Whether this node runs the escalation job")
        boolean enabled() default true;

        @AttributeDefinition(description = "Minutes between runs")
        long intervalMinutes() default 60;

        @AttributeDefinition(description = "Seconds after start before the first run")
        long initialDelaySeconds() default 60;
    }

    private final ScheduledExecutorService scheduler;

    @Activate
    public OverdueEscalationJob(@Reference SuggestionService suggestions, @Reference HandlingClock clock, Config config) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(() -> Callers.runAsSystem(r), "lianxin-escalation");
            t.setDaemon(true);
            return t;
        });
        if (config.enabled()) {
            scheduler.scheduleWithFixedDelay(() -> {
                try {
                    int n = suggestions.escalateOverdue(clock.today());
                    if (n > 0) {
                        LOG.info("overdue escalation: {} item(s) escalated or reminded", n);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("overdue escalation failed; will try again", e);
                }
            }, config.initialDelaySeconds(), Math.max(1, config.intervalMinutes()) * 60, TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }
}
