package org.lianxin.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends requests exactly as built, malformed ones included (any method, raw body, any content type and Accept),
 * and keeps what the fuzz test checks of the answer: status, content type, Location and the body as text.
 */
final class RawHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One request: {@code target} is the path and query below the API root, already encoded. */
    record Request(String method, String target, String contentType, String body, String accept) {
        static Request of(String method, String target) {
            return new Request(method, target, null, null, null);
        }

        Request withBody(String contentType, String text) {
            return new Request(method, target, contentType, text, accept);
        }

        Request accepting(String mediaType) {
            return new Request(method, target, contentType, body, mediaType);
        }

        @Override
        public String toString() {
            String b = body == null ? "" : " body " + (body.length() > 80 ? body.substring(0, 80) + "…("
                    + body.length() + " chars)" : body);
            String t = target.length() > 120 ? target.substring(0, 120) + "…" : target;
            return method + " " + t + b;
        }
    }

    record Answer(int status, String contentType, String location, String text) {}

    private final String api;
    private final String token;

    RawHttp(String api, String token) {
        this.api = api;
        this.token = token;
    }

    Answer send(Request r) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + r.target())).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (r.contentType() != null) {
            b.header("Content-Type", r.contentType());
        }
        if (r.accept() != null) {
            b.header("Accept", r.accept());
        }
        b.method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(r.body(), StandardCharsets.UTF_8));
        HttpResponse<String> a = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""),
                a.headers().firstValue("Location").orElse(null), a.body());
    }
}
