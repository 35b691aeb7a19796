package org.lianxin.rest.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.Servlet;

import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.security.AuthService;
import org.lianxin.spi.Practice;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves each installed practice's REST resources under {@code /api/v1/practices/<id>}: one Jersey servlet per
 * practice, with core's JSON, errors and caller filter, registered on the HTTP whiteboard when the practice
 * appears and unregistered when it goes. Core's own servlet is never touched, so installing or removing a practice
 * does not interrupt core's API; the longer servlet path wins over core's {@code /api/v1/*}.
 */
@Component(service = {}, immediate = true)
public final class PracticeEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(PracticeEndpoints.class);

    private final BundleContext context;
    private final PracticeRegistry registry;
    private final AuthService auth;
    private final String version;
    private final Map<Practice, ServiceRegistration<Servlet>> servlets = new ConcurrentHashMap<>();
    private volatile boolean active = true;

    @Activate
    public PracticeEndpoints(BundleContext context, @Reference PracticeRegistry registry,
            @Reference AuthService auth) {
        this.context = context;
        this.auth = auth;
        this.registry = registry;
        this.version = context.getBundle().getVersion().toString();
    }

    static String basePath(String practiceId) {
        return ApiApplication.BASE_PATH + "/practices/" + practiceId;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPractice(Practice practice) {
        String id;
        List<Object> resources = new ArrayList<>();
        try {
            id = practice.id();
            resources.addAll(practice.restResources());
        } catch (RuntimeException | LinkageError e) {
            LOG.error("the REST resources of practice service {} are left out: it failed to give them",
                    practice.getClass().getName(), e);
            return;
        }
        if (!active || resources.isEmpty() || id == null || !id.matches("[a-z][a-z0-9-]{0,29}")) {
            return;
        }
        resources.add(new PracticeRootResource(registry, id));
        try {
            ApiServlet servlet = new ApiServlet(ApiApplication.of("lianxin-practice-" + id, basePath(id),
                    practice.version(), resources, auth));
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, basePath(id) + "/*");
            props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "lianxin-practice-" + id);
            servlets.put(practice, context.registerService(Servlet.class, servlet, props));
            LOG.info("REST resources of practice {} registered at {}", id, basePath(id));
        } catch (RuntimeException | LinkageError e) {
            // e.g. a resource class Jersey cannot model
            LOG.error("the REST resources of practice {} could not be served", id, e);
        }
    }

    void removePractice(Practice practice) {
        ServiceRegistration<Servlet> registration = servlets.remove(practice);
        if (registration != null) {
            unregister(registration);
            LOG.info("REST resources of a practice unregistered");
        }
    }

    @Deactivate
    void deactivate() {
        active = false;
        servlets.values().forEach(PracticeEndpoints::unregister);
        servlets.clear();
    }

    private static void unregister(ServiceRegistration<Servlet> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // our bundle is stopping and the framework unregistered it first
        }
    }
}
