package org.lianxin.rest.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import javax.servlet.Servlet;

import org.lianxin.api.DeputyGroupService;
import org.lianxin.api.DeputyService;
import org.lianxin.api.DutyService;
import org.lianxin.api.ExportService;
import org.lianxin.api.ScoringService;
import org.lianxin.api.StatisticsService;
import org.lianxin.api.VoterReportService;
import org.lianxin.api.security.AuthService;
import org.lianxin.api.security.UserService;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.OpinionService;
import org.lianxin.api.OutcomeService;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.StationService;
import org.lianxin.api.SuggestionService;
import org.lianxin.rest.internal.auth.IntakeLimits;
import org.lianxin.rest.internal.qr.IntakeLinks;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /api/v1/*}: builds the Jersey application on the core services and registers its servlet with
 * the HTTP whiteboard while all of them are there (static references: when one goes, the servlet goes).
 * Configured by {@code etc/org.lianxin.public.cfg}: {@code baseUrl}, the public address QR codes open (empty:
 * the address each request came in on); a change applies at once, without re-creating the servlet.
 */
@Component(service = {}, immediate = true, configurationPid = ApiServletComponent.PUBLIC_PID)
public final class ApiServletComponent {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServletComponent.class);
    static final String SERVLET_NAME = "lianxin-api";
    static final String PUBLIC_PID = "org.lianxin.public";
    static final String BASE_URL = "baseUrl";

    private final ServiceRegistration<Servlet> registration;
    private final IntakeLinks intake = new IntakeLinks();
    private final IntakeLimits limits = new IntakeLimits();

    @Activate
    public ApiServletComponent(BundleContext context, Map<String, Object> config, @Reference RegionService regions,
            @Reference DeputyService deputies, @Reference DeputyGroupService groups,
            @Reference StationService stations, @Reference HandlingUnitService units,
            @Reference OpinionService opinions, @Reference SuggestionService suggestions,
            @Reference HandlingClock clock, @Reference PracticeRegistry practices, @Reference DutyService duties,
            @Reference StatisticsService statistics, @Reference ScoringService scoring,
            @Reference VoterReportService voterReports, @Reference ExportService exports,
            @Reference AuthService auth, @Reference UserService users, @Reference OutcomeService outcomes) {
        CoreServices core = new CoreServices(regions, deputies, groups, stations, units, opinions, suggestions,
                clock, practices, duties, statistics, scoring, voterReports, exports, auth, users, outcomes);
        String version = context.getBundle().getVersion().toString();
        modified(config);
        ApiServlet servlet = new ApiServlet(ApiApplication.create(core, version, intake, limits));
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, ApiApplication.BASE_PATH + "/*");
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, SERVLET_NAME);
        registration = context.registerService(Servlet.class, servlet, props);
        LOG.info("REST API {} registered at {}", version, ApiApplication.BASE_PATH);
    }

    /** A bad base URL is logged and ignored (the previous one stays): it must not take the whole API down. */
    @Modified
    void modified(Map<String, Object> config) {
        limits.configure(number(config, "intakeMaxBytes"), number(config, "intakePerMinute"),
                number(config, "intakePerDay"));
        Object baseUrl = config.get(BASE_URL);
        try {
            intake.configure(baseUrl == null ? null : String.valueOf(baseUrl));
        } catch (IllegalArgumentException e) {
            LOG.warn("{}: {}; QR codes keep {}", PUBLIC_PID, e.getMessage(),
                    intake.configured() == null ? "the address of each request" : intake.configured());
            return;
        }
        LOG.info("QR codes open {}", intake.configured() == null ? "the address of each request"
                : intake.configured() + IntakeLinks.PATH);
    }

    private static Integer number(Map<String, Object> config, String key) {
        Object v = config.get(key);
        try {
            return v == null || v.toString().isBlank() ? null : Integer.valueOf(v.toString().trim());
        } catch (NumberFormatException e) {
            LOG.warn("{}: {} = {} is not a number; the default applies", PUBLIC_PID, key, v);
            return null;
        }
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
