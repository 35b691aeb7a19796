package org.lianxin.rest.internal.openapi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
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
import org.lianxin.rest.internal.ApiApplication;
import org.lianxin.rest.internal.CoreServices;
import org.lianxin.rest.internal.Fakes;
import org.lianxin.rest.internal.json.ObjectMappers;

import com.fasterxml.jackson.databind.JsonNode;

public class OpenApiGeneratorTest {
    private static final List<Class<?>> CLASSES = ApiApplication.resourceClasses(ApiApplication.resources(
            new CoreServices(Fakes.none(RegionService.class), Fakes.none(DeputyService.class),
                    Fakes.none(DeputyGroupService.class), Fakes.none(StationService.class),
                    Fakes.none(HandlingUnitService.class), Fakes.none(OpinionService.class),
                    Fakes.none(SuggestionService.class), Fakes.none(HandlingClock.class),
                    Fakes.none(PracticeRegistry.class), Fakes.none(DutyService.class), Fakes.none(StatisticsService.class),
                Fakes.none(ScoringService.class), Fakes.none(VoterReportService.class), Fakes.none(ExportService.class),
                Fakes.auth(), Fakes.none(UserService.class), Fakes.none(OutcomeService.class)), "9.9.9"));
    private static final JsonNode DOC = ObjectMappers.create().valueToTree(
            OpenApiGenerator.generate("9.9.9", "/api/v1", CLASSES));

    @Test
    public void everyResourceMethodIsDocumented() {
        int operations = 0;
        Set<String> ids = new HashSet<>();
        for (Class<?> c : CLASSES) {
            List<Method> endpoints = OpenApiGenerator.endpoints(c);
            assertFalse(c + " has endpoints", endpoints.isEmpty());
            for (Method m : endpoints) {
                String path = OpenApiGenerator.path(c, m);
                String verb = OpenApiGenerator.verb(m).toLowerCase(Locale.ROOT);
                JsonNode op = DOC.get("paths").path(path).get(verb);
                assertNotNull(verb + " " + path + " (" + c.getSimpleName() + "." + m.getName() + ")", op);
                assertEquals(OpenApiGenerator.operationId(c, m), op.get("operationId").asText());
                assertTrue("unique operationId " + op.get("operationId"), ids.add(op.get("operationId").asText()));
                assertTrue(op.get("responses").has("500"));
                operations++;
            }
        }
        int documented = 0;
        for (JsonNode ops : DOC.get("paths")) {
            documented += ops.size();
        }
        assertEquals("nothing documented that does not exist", operations, documented);
    }

    @Test
    public void theEndpointsOfTheBriefAreThere() {
        String[][] expected = {
            { "get", "/health" }, { "get", "/openapi.json" },
            { "get", "/regions" }, { "post", "/regions" }, { "get", "/regions/{id}" }, { "put", "/regions/{id}" },
            { "delete", "/regions/{id}" }, { "get", "/regions/code/{code}" }, { "get", "/regions/{id}/ancestry" },
            { "get", "/deputies" }, { "get", "/groups" }, { "get", "/stations" }, { "get", "/units" },
            { "post", "/opinions" }, { "get", "/opinions" }, { "get", "/opinions/receipt/{receiptNo}" },
            { "post", "/opinions/{id}/promote" }, { "post", "/opinions/{id}/dismiss" },
            { "post", "/suggestions" }, { "post", "/suggestions/drafts" }, { "get", "/suggestions" },
            { "get", "/suggestions/ledger/{ledgerNo}" }, { "get", "/suggestions/{id}/events" },
            { "get", "/suggestions/{id}/contacts" }, { "post", "/suggestions/{id}/contacts" },
            { "get", "/suggestions/{id}/actions" },
            { "get", "/clock/deadline" }, { "post", "/clock/escalations" },
            { "get", "/practices" }, { "get", "/practices/{id}" },
            { "get", "/deputies/{id}" }, { "get", "/deputies/{id}/qr.png" }, { "get", "/deputies/{id}/qr.svg" },
            { "get", "/deputies/{id}/qr" }, { "get", "/stations/{id}" }, { "get", "/stations/{id}/qr.png" },
            { "get", "/stations/{id}/qr.svg" }, { "get", "/stations/{id}/qr" },
            { "get", "/outcomes" }, { "get", "/outcomes/{id}" }, { "get", "/opinions/receipt/{receiptNo}/outcome" } };
        for (String[] e : expected) {
            assertTrue(e[0] + " " + e[1], DOC.get("paths").path(e[1]).has(e[0]));
        }
        for (String action : new String[] { "pre-check", "formalize", "group-pass", "group-return", "resubmit",
            "merge", "route", "pre-assign", "assign", "accept", "unit-return", "extension-request",
            "extension-decision", "reply", "evaluate", "supervise", "explain", "close", "mark-solved",
            "secondary-evaluation" }) {
            assertTrue(action, DOC.get("paths").path("/suggestions/{id}/" + action).has("post"));
        }
    }

    @Test
    public void publishedOutcomesAreDescribed() {
        JsonNode list = DOC.get("paths").get("/outcomes").get("get");
        Map<String, JsonNode> params = new java.util.HashMap<>();
        list.get("parameters").forEach(p -> params.put(p.get("name").asText(), p));
        assertEquals(Set.of("regionId", "category", "q", "offset", "limit"), params.keySet());
        assertEquals(500, params.get("limit").get("schema").get("maximum").asInt());
        assertEquals("#/components/schemas/PublicOutcomePage", list.get("responses").get("200").get("content")
                .get("application/json").get("schema").get("$ref").asText());
        JsonNode outcome = DOC.get("components").get("schemas").get("PublicOutcome").get("properties");
        assertTrue(outcome.has("replyText") && outcome.has("rating") && outcome.has("published"));
        assertFalse(outcome.has("deputyIds") || outcome.has("opinionIds"));
    }

    @Test
    public void parametersBodiesAndSchemas() {
        JsonNode list = DOC.get("paths").get("/suggestions").get("get");
        Map<String, JsonNode> params = new java.util.HashMap<>();
        list.get("parameters").forEach(p -> params.put(p.get("name").asText(), p));
        assertEquals("array", params.get("state").get("schema").get("type").asText());
        assertEquals(500, params.get("limit").get("schema").get("maximum").asInt());
        assertTrue(params.get("subRegions").get("schema").get("default").asBoolean());
        assertEquals("date", params.get("from").get("schema").get("format").asText());

        JsonNode register = DOC.get("paths").get("/suggestions").get("post");
        assertTrue(register.get("requestBody").get("required").asBoolean());
        assertTrue(register.get("responses").has("201"));
        assertEquals("bearer", DOC.get("components").get("securitySchemes").get("bearer").get("scheme").asText());
        assertTrue(DOC.get("security").toString(), DOC.get("security").get(0).has("bearer"));
        assertFalse(DOC.get("paths").get("/suggestions/{id}/assign").get("post").get("requestBody").get("required")
                .asBoolean());
        assertFalse(DOC.get("paths").get("/suggestions/{id}/close").get("post").has("requestBody"));
        assertTrue(DOC.get("paths").get("/regions/{id}").get("delete").get("responses").has("204"));

        JsonNode schemas = DOC.get("components").get("schemas");
        assertEquals("#/components/schemas/SuggestionPage", list.get("responses").get("200").get("content")
                .get("application/json").get("schema").get("$ref").asText());
        assertEquals("array", schemas.get("SuggestionPage").get("properties").get("items").get("type").asText());
        assertEquals("#/components/schemas/Suggestion", schemas.get("SuggestionPage").get("properties").get("items")
                .get("items").get("$ref").asText());
        assertTrue(schemas.get("ErrorBody").get("properties").has("allowed"));
        assertTrue(schemas.get("SuggestionState").get("enum").toString().contains("EXPLAINED"));
        assertTrue(DOC.get("components").get("responses").get("Conflict").toString().contains("ErrorBody"));
    }

    @Test
    public void imagesAreDescribedByTheirMediaTypesAndErrorsStayJson() {
        for (String owner : new String[] { "deputies", "stations" }) {
            JsonNode png = DOC.get("paths").get("/" + owner + "/{id}/qr.png").get("get");
            assertEquals(owner + "_qrPng", png.get("operationId").asText());
            assertEquals(owner, png.get("tags").get(0).asText());
            JsonNode pngContent = png.get("responses").get("200").get("content");
            assertEquals(List.of("image/png"), fieldNames(pngContent));
            assertEquals("binary", pngContent.get("image/png").get("schema").get("format").asText());
            assertEquals("#/components/responses/NotFound", png.get("responses").get("404").get("$ref").asText());
            assertEquals("#/components/responses/BadRequest", png.get("responses").get("400").get("$ref").asText());
            JsonNode size = png.get("parameters").get(1);
            assertEquals("size", size.get("name").asText());
            assertEquals("query", size.get("in").asText());
            assertFalse(size.get("required").asBoolean());
            assertEquals(128, size.get("schema").get("minimum").asInt());
            assertEquals(1024, size.get("schema").get("maximum").asInt());
            assertEquals(300, size.get("schema").get("default").asInt());

            JsonNode svg = DOC.get("paths").get("/" + owner + "/{id}/qr.svg").get("get");
            JsonNode svgContent = svg.get("responses").get("200").get("content");
            assertEquals(List.of("image/svg+xml"), fieldNames(svgContent));
            assertEquals("string", svgContent.get("image/svg+xml").get("schema").get("type").asText());
            assertFalse("SVG is text", svgContent.get("image/svg+xml").get("schema").has("format"));

            JsonNode links = DOC.get("paths").get("/" + owner + "/{id}/qr").get("get");
            assertEquals("#/components/schemas/QrLinks", links.get("responses").get("200").get("content")
                    .get("application/json").get("schema").get("$ref").asText());
        }
        assertEquals(List.of("url", "png", "svg"),
                fieldNames(DOC.get("components").get("schemas").get("QrLinks").get("properties")));
        assertEquals("JSON endpoints are unchanged", "#/components/schemas/Deputy", DOC.get("paths")
                .get("/deputies/{id}").get("get").get("responses").get("200").get("content").get("application/json")
                .get("schema").get("$ref").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
