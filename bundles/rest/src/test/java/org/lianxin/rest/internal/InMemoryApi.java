package org.lianxin.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.SecurityContext;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.spi.ContainerResponseWriter;
import org.lianxin.rest.internal.qr.IntakeLinks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The real Jersey application of the API, in memory, on fake core services: requests in, bytes out. */
public final class InMemoryApi {
    private static final URI BASE = URI.create("http://localhost/api/v1/");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecurityContext ANONYMOUS = new SecurityContext() {
        @Override
        public java.security.Principal getUserPrincipal() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return null;
        }
    };
    private final ApplicationHandler handler;

    public InMemoryApi(CoreServices core) {
        this(core, new IntakeLinks());
    }

    public InMemoryApi(CoreServices core, IntakeLinks intake) {
        this(new ApplicationHandler(ApiApplication.create(core, "1.2.3", intake)));
    }

    public InMemoryApi(ApplicationHandler handler) {
        this.handler = handler;
    }

    /** The response; {@code text} is the body read as UTF-8, {@code bytes} the body as sent. */
    public record Result(int status, MultivaluedMap<String, Object> headers, String text, byte[] bytes) {
        public JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }

        public String header(String name) {
            Object v = headers.getFirst(name);
            return v == null ? null : v.toString();
        }
    }

    public Result get(String path) {
        return call("GET", path, null, Map.of());
    }

    public Result post(String path, String json) {
        return call("POST", path, json, json == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    public Result call(String method, String path, String body, Map<String, String> headers) {
        ContainerRequest request = new ContainerRequest(BASE, BASE.resolve(path.replaceFirst("^/", "")), method, ANONYMOUS,
                new MapPropertiesDelegate(), handler.getConfiguration());
        Map<String, String> all = new LinkedHashMap<>(headers);
        // a signed-in caller named "api" unless the test says otherwise; an empty Authorization is the public
        all.putIfAbsent("Authorization", "Bearer api");
        all.values().removeIf(String::isEmpty);
        all.forEach(request::header);
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        Capture capture = new Capture();
        request.setWriter(capture);
        handler.handle(request);
        if (capture.response == null) {
            throw new AssertionError("no response", capture.failure);
        }
        return new Result(capture.response.getStatus(), capture.response.getHeaders(),
                capture.out.toString(StandardCharsets.UTF_8), capture.out.toByteArray());
    }

    private static final class Capture implements ContainerResponseWriter {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response;
        Throwable failure;

        @Override
        public OutputStream writeResponseStatusAndHeaders(long contentLength, ContainerResponse r) {
            response = r;
            return out;
        }

        @Override
        public boolean suspend(long timeOut, TimeUnit timeUnit, TimeoutHandler timeoutHandler) {
            return false;
        }

        @Override
        public void setSuspendTimeout(long timeOut, TimeUnit timeUnit) {
        }

        @Override
        public void commit() {
        }

        @Override
        public void failure(Throwable error) {
            failure = error;
        }

        @Override
        public boolean enableResponseBuffering() {
            return false;
        }
    }
}
