package org.lianxin.rest.internal;

import java.util.List;
import java.util.Map;

import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.lianxin.rest.internal.auth.AuthFilter;
import org.lianxin.rest.internal.auth.AuthResource;
import org.lianxin.rest.internal.auth.IntakeLimits;
import org.lianxin.rest.internal.auth.PublicCallerFilter;
import org.lianxin.rest.internal.param.NoNulCharacters;
import org.lianxin.rest.internal.auth.UserResource;
import org.lianxin.rest.internal.error.ErrorMapper;
import org.lianxin.api.security.AuthService;
import org.lianxin.rest.internal.json.JsonProvider;
import org.lianxin.rest.internal.json.ObjectMappers;
import org.lianxin.rest.internal.openapi.OpenApiGenerator;
import org.lianxin.rest.internal.openapi.OpenApiResource;
import org.lianxin.rest.internal.param.ParamConverters;
import org.lianxin.rest.internal.qr.IntakeLinks;
import org.lianxin.rest.internal.resource.ClockResource;
import org.lianxin.rest.internal.resource.DeputyResource;
import org.lianxin.rest.internal.resource.DutyResource;
import org.lianxin.rest.internal.resource.ExportResource;
import org.lianxin.rest.internal.resource.ScoreResource;
import org.lianxin.rest.internal.resource.StatsResource;
import org.lianxin.rest.internal.resource.VoterReportResource;
import org.lianxin.rest.internal.resource.GroupResource;
import org.lianxin.rest.internal.resource.HealthResource;
import org.lianxin.rest.internal.resource.OpinionResource;
import org.lianxin.rest.internal.resource.OutcomeResource;
import org.lianxin.rest.internal.resource.PracticeResource;
import org.lianxin.rest.internal.resource.QrResource;
import org.lianxin.rest.internal.resource.RegionResource;
import org.lianxin.rest.internal.resource.StationResource;
import org.lianxin.rest.internal.resource.SuggestionActionResource;
import org.lianxin.rest.internal.resource.SuggestionResource;
import org.lianxin.rest.internal.resource.UnitResource;

/**
 * The Jersey application of {@code /api/v1}: resource instances built on the core services, our JSON provider,
 * parameter converters, the caller filter and the error mapper. Nothing is scanned or discovered.
 */
public final class ApiApplication {
    public static final String BASE_PATH = "/api/v1";
    /** The public's intake, relative to {@link #BASE_PATH}: the one thing a caller without a login may send. */
    public static final String INTAKE_PATH = "opinions";

    private ApiApplication() {
    }

    /** The resource instances of the API, without the OpenAPI document; QR codes on the request's address. */
    public static List<Object> resources(CoreServices core, String version) {
        return resources(core, version, new IntakeLinks());
    }

    /** The resource instances of the API, without the OpenAPI document. */
    public static List<Object> resources(CoreServices core, String version, IntakeLinks intake) {
        return List.of(
                new HealthResource(core.regions(), version),
                new RegionResource(core.regions()),
                new DeputyResource(core.deputies()),
                new GroupResource(core.groups()),
                new StationResource(core.stations()),
                new UnitResource(core.units()),
                new OpinionResource(core.opinions()),
                new OutcomeResource(core.outcomes()),
                new OutcomeResource.OfReceipt(core.outcomes()),
                new SuggestionResource(core.suggestions()),
                new SuggestionActionResource(core.suggestions()),
                new ClockResource(core.clock(), core.suggestions()),
                new PracticeResource(core.practices()),
                new DutyResource(core.duties()),
                new StatsResource(core.statistics(), core.practices()),
                new ScoreResource(core.scoring(), core.clock()),
                new VoterReportResource(core.voterReports()),
                new ExportResource(core.exports(), core.clock(), core.scoring()),
                new QrResource.Deputies(core.deputies(), intake),
                new QrResource.Stations(core.stations(), intake),
                new AuthResource(core.auth()),
                new UserResource(core.users()));
    }

    /** The resource classes the OpenAPI document describes: every one that is served. */
    public static List<Class<?>> resourceClasses(List<Object> resources) {
        List<Class<?>> classes = new java.util.ArrayList<>(resources.stream().<Class<?>>map(Object::getClass).toList());
        classes.add(OpenApiResource.class);
        return classes;
    }

    public static ResourceConfig create(CoreServices core, String version) {
        return create(core, version, new IntakeLinks());
    }

    /** The application; {@code intake} is the public base URL of QR codes, which may change while it runs. */
    public static ResourceConfig create(CoreServices core, String version, IntakeLinks intake) {
        return create(core, version, intake, new IntakeLimits());
    }

    /** The application of core's API; the public's intake is {@code POST /opinions}, within {@code limits}. */
    public static ResourceConfig create(CoreServices core, String version, IntakeLinks intake, IntakeLimits limits) {
        return of("lianxin-api", BASE_PATH, version, resources(core, version, intake), core.auth(), limits,
                INTAKE_PATH);
    }

    /**
     * A Jersey application of resource instances with an OpenAPI document of them at {@code openapi.json}, our
     * JSON provider, parameter converters, caller filter and error mapper; core's API and each practice's alike.
     */
    public static ResourceConfig of(String name, String basePath, String version, List<Object> resources,
            AuthService auth) {
        return of(name, basePath, version, resources, auth, new IntakeLimits(), null);
    }

    /**
     * As above, with the public's one write: {@code intakePath} (null: none), within {@code limits}.
     */
    public static ResourceConfig of(String name, String basePath, String version, List<Object> resources,
            AuthService auth, IntakeLimits limits, String intakePath) {
        Map<String, Object> openApi = OpenApiGenerator.generate(version, basePath, resourceClasses(resources));
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName(name);
        resources.forEach(r -> config.registerResources(InstanceResources.of(r)));
        config.registerResources(InstanceResources.of(new OpenApiResource(openApi)));
        config.registerInstances(new JsonProvider(ObjectMappers.create()), new ParamConverters(), new AuthFilter(auth),
                new PublicCallerFilter(limits, intakePath), new NoNulCharacters(),
                new ErrorMapper());
        config.addProperties(Map.of(
                // only what is registered above: no auto-discovered features (e.g. Jackson's own mappers)
                ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true,
                ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true,
                ServerProperties.WADL_FEATURE_DISABLE, true,
                ServerProperties.BV_FEATURE_DISABLE, true,
                CommonProperties.MOXY_JSON_FEATURE_DISABLE, true,
                CommonProperties.JSON_PROCESSING_FEATURE_DISABLE, true,
                // error bodies are ours: never let the servlet container replace them with its error page
                ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true));
        return config;
    }
}
