package org.lianxin.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small JSON-over-HTTP client for the tests: real requests to the running platform. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Status and parsed body (null when empty or not JSON). */
    record Response(int status, JsonNode body, String text) {
        String message() {
            return body == null ? text : body.path("message").asText();
        }
    }

    private final String base;
    private final String token;

    /** A caller without a login: the public. */
    Http(String base) {
        this(base, null);
    }

    Http(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same server, as the user of this token. */
    Http as(String otherToken) {
        return new Http(base, otherToken);
    }

    String token() {
        return token;
    }

    /**
     * Logs in; when the password is a one-time one, changes it to {@code newPassword} first, as a user's first login
     * must. The answer is a client carrying the token.
     */
    static Http login(String base, String username, String password, String newPassword) throws Exception {
        Http anonymous = new Http(base);
        Response r = anonymous.post("/auth/login", map("username", username, "password", password));
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r.status() + " " + r.text());
        }
        Http user = anonymous.as(r.body().get("token").asText());
        if (!r.body().get("mustChangePassword").asBoolean()) {
            return user;
        }
        Response changed = user.post("/auth/password", map("currentPassword", password, "newPassword", newPassword));
        if (changed.status() != 204) {
            throw new AssertionError("password change of " + username + " failed: " + changed.status() + " "
                    + changed.text());
        }
        return user;
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response post(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(publisher(body)));
    }

    Response put(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(publisher(body)));
    }

    Response delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Sends a raw body as is, for malformed input. */
    Response postRaw(String path, String raw) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(raw, StandardCharsets.UTF_8)));
    }

    /** A download: status, content type, disposition and the raw bytes. */
    record Download(int status, String contentType, String disposition, byte[] bytes) {}

    Download download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = CLIENT.send(authorized(HttpRequest.newBuilder(URI.create(base + path)))
                .timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Content-Disposition").orElse(""), r.body());
    }

    private static HttpRequest.BodyPublisher publisher(Object body) throws IOException {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = CLIENT.send(authorized(request)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body = null;
        try {
            body = r.body().isBlank() ? null : JSON.readTree(r.body());
        } catch (IOException notJson) {
            // left null: the text is kept
        }
        return new Response(r.statusCode(), body, r.body());
    }

    static Map<String, Object> map(Object... kv) {
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Polls until the condition holds or the time is up; bounded, no fixed sleeps in the tests. */
    static boolean await(Duration max, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return true;
                }
            } catch (IOException notUpYet) {
                // the server is still starting
            }
            Thread.sleep(200);
        }
        return Boolean.TRUE.equals(condition.call());
    }
}
