package org.lianxin.rest.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import javax.servlet.Servlet;

import org.lianxin.api.DeputyGroupService;
import org.lianxin.api.DeputyService;
import org.lianxin.api.DutyService;
import org.lianxin.api.ScoringService;
import org.lianxin.api.StatisticsService;
import org.lianxin.api.VoterReportService;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.OpinionService;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.StationService;
import org.lianxin.api.SuggestionService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /api/v1/*}: builds the Jersey application on the core services and registers its servlet with
 * the HTTP whiteboard while all of them are there (static references: when one goes, the servlet goes).
 */
@Component(service = {}, immediate = true)
public final class ApiServletComponent {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServletComponent.class);
    static final String SERVLET_NAME = "lianxin-api";

    private final ServiceRegistration<Servlet> registration;

    @Activate
    public ApiServletComponent(BundleContext context, @Reference RegionService regions,
            @Reference DeputyService deputies, @Reference DeputyGroupService groups,
            @Reference StationService stations, @Reference HandlingUnitService units,
            @Reference OpinionService opinions, @Reference SuggestionService suggestions,
            @Reference HandlingClock clock, @Reference PracticeRegistry practices, @Reference DutyService duties,
            @Reference StatisticsService statistics, @Reference ScoringService scoring,
            @Reference VoterReportService voterReports) {
        CoreServices core = new CoreServices(regions, deputies, groups, stations, units, opinions, suggestions,
                clock, practices, duties, statistics, scoring, voterReports);
        String version = context.getBundle().getVersion().toString();
        ApiServlet servlet = new ApiServlet(ApiApplication.create(core, version));
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, ApiApplication.BASE_PATH + "/*");
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, SERVLET_NAME);
        registration = context.registerService(Servlet.class, servlet, props);
        LOG.info("REST API {} registered at {}", version, ApiApplication.BASE_PATH);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping and the framework unregistered it first
        }
        LOG.info("REST API unregistered from {}", ApiApplication.BASE_PATH);
    }
}
