package org.lianxin.rest.internal.error;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Set;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.ProcessingException;
import javax.ws.rs.core.Response;

import org.glassfish.jersey.server.ParamException;
import org.junit.Test;
import org.lianxin.api.ConflictException;
import org.lianxin.api.IllegalTransitionException;
import org.lianxin.api.LianxinException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.rest.internal.json.ObjectMappers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

public class ErrorBodiesTest {
    private static final ObjectMapper JSON = ObjectMappers.create();

    private static void assertBody(ErrorBody b, int status, String error, String field) {
        assertEquals(status, b.status());
        assertEquals(error, b.error());
        assertEquals(field, b.field());
        assertTrue(b.message() != null && !b.message().isBlank());
    }

    @Test
    public void coreExceptions() {
        assertBody(ErrorBodies.of(new ValidationException("title", "is required")), 400, "BAD_REQUEST", "title");
        assertBody(ErrorBodies.of(new NotFoundException("suggestion", 9)), 404, "NOT_FOUND", null);
        assertBody(ErrorBodies.of(new ConflictException("a region with code DJ exists already")), 409, "CONFLICT",
                null);
        assertBody(ErrorBodies.of(new LianxinException("refused")), 400, "BAD_REQUEST", null);
        ErrorBody t = ErrorBodies.of(new IllegalTransitionException(SuggestionState.REGISTERED, LifecycleAction.REPLY,
                Set.of(LifecycleAction.MERGE, LifecycleAction.GROUP_PASS, LifecycleAction.GROUP_RETURN)));
        assertBody(t, 409, "CONFLICT", null);
        assertEquals("REGISTERED", t.state());
        assertEquals(List.of("GROUP_PASS", "GROUP_RETURN", "MERGE"), t.allowed());
        assertTrue(t.message().contains("REGISTERED") && t.message().contains("GROUP_PASS"));
    }

    @Test
    public void badInputOfEveryKindIs400() {
        assertBody(ErrorBodies.of(new IllegalArgumentException("limit must be between 1 and 500")), 400,
                "BAD_REQUEST", null);
        assertBody(ErrorBodies.of(new NumberFormatException("For input string: \"x\"")), 400, "BAD_REQUEST", null);
        assertBody(ErrorBodies.of(new InvalidInputException("state", "'BOGUS' is not one of [...]")), 400,
                "BAD_REQUEST", "state");
        ErrorBody param = ErrorBodies.of(new ParamException.QueryParamException(new NumberFormatException("x"),
                "regionId", null));
        assertBody(param, 400, "BAD_REQUEST", "regionId");
        assertTrue(param.message(), param.message().contains("regionId"));
        assertBody(ErrorBodies.of(new ProcessingException("wrapped", new ValidationException("kind", "bad"))), 400,
                "BAD_REQUEST", "kind");
    }

    @Test
    public void jacksonErrorsNameTheField() throws Exception {
        record Body(int days, String reason) {
        }
        try {
            JSON.readValue("{\"days\":\"ten\"}", Body.class);
            fail("accepted");
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            assertBody(ErrorBodies.of(e), 400, "BAD_REQUEST", "days");
        }
        try {
            JSON.readValue("{\"reason\":\"x\"}", Body.class);
            fail("accepted");
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            ErrorBody b = ErrorBodies.of(e);
            assertBody(b, 400, "BAD_REQUEST", "days");
            assertEquals("days: is required", b.message());
        }
        try {
            JSON.readValue("{\"days\":1,\"colour\":2}", Body.class);
            fail("accepted");
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            assertBody(ErrorBodies.of(e), 400, "BAD_REQUEST", "colour");
        }
        try {
            JSON.readTree("{ not json");
            fail("accepted");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ErrorBody b = ErrorBodies.of(e);
            assertBody(b, 400, "BAD_REQUEST", null);
            assertTrue(b.message().startsWith("malformed JSON"));
        }
    }

    @Test
    public void httpErrors() {
        assertBody(ErrorBodies.of(new javax.ws.rs.NotFoundException()), 404, "NOT_FOUND", null);
        assertBody(ErrorBodies.of(new NotAllowedException("GET")), 405, "METHOD_NOT_ALLOWED", null);
        assertBody(ErrorBodies.of(new NotSupportedException()), 415, "UNSUPPORTED_MEDIA_TYPE", null);
        assertBody(ErrorBodies.of(new javax.ws.rs.NotAcceptableException()), 406, "NOT_ACCEPTABLE", null);
    }

    @Test
    public void anythingElseIsAGeneric500() {
        ErrorBody b = ErrorBodies.of(new IllegalStateException("SQL: table SUGGESTION, password=secret"));
        assertBody(b, 500, "INTERNAL_SERVER_ERROR", null);
        assertEquals(ErrorBodies.INTERNAL, b.message());
        assertBody(ErrorBodies.of(new NullPointerException()), 500, "INTERNAL_SERVER_ERROR", null);
        assertBody(ErrorBodies.of(new ProcessingException("x", new IllegalStateException("y"))), 500,
                "INTERNAL_SERVER_ERROR", null);
    }

    @Test
    public void theMapperAnswersTheStableJsonShape() throws Exception {
        Response r = new ErrorMapper().toResponse(new IllegalStateException("secret detail"));
        assertEquals(500, r.getStatus());
        JsonNode json = JSON.valueToTree(r.getEntity());
        assertEquals(List.of("status", "error", "message", "field", "state", "allowed"),
                iterable(json.fieldNames()));
        assertTrue(json.get("field").isNull());
        assertTrue(json.get("allowed").isArray() && json.get("allowed").isEmpty());
        assertFalse(json.toString().contains("secret"));

        Response notAllowed = new ErrorMapper().toResponse(new NotAllowedException("GET", new String[] { "POST" }));
        assertEquals(405, notAllowed.getStatus());
        assertTrue(notAllowed.getAllowedMethods().contains("POST"));
        assertEquals("application/json", notAllowed.getMediaType().toString());
    }

    @Test
    public void statusNamesAreStable() {
        assertEquals("SERVICE_UNAVAILABLE", HttpStatus.name(503));
        assertEquals("UNPROCESSABLE_ENTITY", HttpStatus.name(422));
        assertEquals("CLIENT_ERROR", HttpStatus.name(499));
        assertNull(new ErrorBody(400, "BAD_REQUEST", "m", null, null, null).state());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
