package org.lianxin.core.internal.tx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.lianxin.api.dto.SuggestionEvent;
import org.lianxin.api.security.Callers;
import org.lianxin.api.event.SuggestionTopics;
import org.lianxin.spi.SuggestionListener;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes committed suggestion events on EventAdmin and to {@link SuggestionListener}s, in order, on one
 * thread of its own, so that a slow or failing plugin never holds up or breaks the action that caused them.
 */
@Component(service = EventPublisher.class)
public class EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final List<SuggestionListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        // listeners react on the platform's behalf, after the caller's transaction: they act as the system
        Thread t = new Thread(() -> Callers.runAsSystem(r), "lianxin-events");
        t.setDaemon(true);
        return t;
    });
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(SuggestionListener listener) {
        listeners.add(listener);
    }

    void removeListener(SuggestionListener listener) {
        listeners.remove(listener);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    public void publish(SuggestionEvent event, String ledgerNo, long regionId) {
        executor.execute(() -> deliver(event, ledgerNo, regionId));
    }

    private void deliver(SuggestionEvent event, String ledgerNo, long regionId) {
        EventAdmin admin = eventAdmin;
        if (admin != null) {
            Map<String, Object> props = new HashMap<>();
            props.put(SuggestionTopics.EVENT_ID, event.id());
            props.put(SuggestionTopics.SUGGESTION_ID, event.suggestionId());
            props.put(SuggestionTopics.REGION_ID, regionId);
            props.put(SuggestionTopics.ACTION, event.action().name());
            props.put(SuggestionTopics.TO_STATE, event.toState().name());
            props.put(SuggestionTopics.ACTOR, event.actor());
            if (ledgerNo != null) {
                props.put(SuggestionTopics.LEDGER_NO, ledgerNo);
            }
            if (event.fromState() != null) {
                props.put(SuggestionTopics.FROM_STATE, event.fromState().name());
            }
            if (event.reason() != null) {
                props.put(SuggestionTopics.REASON, event.reason());
            }
            try {
                admin.postEvent(new Event(SuggestionTopics.topic(event.toState()), props));
            } catch (RuntimeException e) {
                LOG.warn("could not post suggestion event {}", event.id(), e);
            }
        }
        for (SuggestionListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("suggestion listener {} failed on event {}", l.getClass().getName(), event.id(), e);
            }
        }
    }
}
