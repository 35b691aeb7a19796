package org.lianxin.itests;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the fuzz test saw: requests by status, the answers that broke a rule (a 5xx, an error without the JSON error
 * shape, a stack trace or Java class name in a body), and what the accepted requests created, by collection.
 */
final class FuzzTally {
    /** What must never reach a client: exception names, stack frames, Java packages. */
    private static final Pattern LEAK = Pattern.compile("Exception|\\bat org\\.|\\bjava\\.|\\bjavax\\.|\\bsun\\.");
    /**
     * 4xx answered by the web server (Jetty) before the request reaches Jersey, in Jetty's own HTML: an over-long
     * request line (414) or header block (431), and a 404 for a path with an encoded slash ({@code ..%2F..}), which
     * Jetty does not hand to the API's servlet. Counted and listed, not failed: no Lianxin code runs for them.
     */
    static final Set<Integer> CONTAINER_STATUSES = Set.of(414, 431);

    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Integer> containerAnswers = new TreeMap<>();
    /** Ids created by accepted requests, by collection ({@code suggestions}, {@code practices/studio/studios}). */
    private final Map<String, Set<Long>> created = new TreeMap<>();
    /** Ids the bodies of accepted requests named, by collection: items made as a side effect (a promoted opinion). */
    private final Map<String, Set<Long>> mentioned = new TreeMap<>();
    private final Map<String, Integer> created201 = new TreeMap<>();
    private final List<String> locations = new ArrayList<>();
    private final Map<String, Integer> allowance = new TreeMap<>();
    private static final Pattern STUDIO_EVENTS = Pattern.compile("/practices/studio/studios/\\d+/events");
    private int requests;

    int requests() {
        return requests;
    }

    List<String> serverErrors() {
        return serverErrors;
    }

    List<String> violations() {
        return violations;
    }

    int serverErrorCount() {
        return byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
    }

    Map<String, Integer> created201() {
        return created201;
    }

    List<String> locations() {
        return locations;
    }

    /** A request the server answered by closing the connection (no status to count). */
    void closed(String operation, RawHttp.Request request, java.io.IOException e) {
        requests++;
        byStatus.merge(0, 1, Integer::sum);
        violations.add("connection closed without an answer (" + e + "): " + operation + " ← " + request);
    }

    /** Checks one answer and counts it. */
    void record(String operation, RawHttp.Request request, RawHttp.Answer a) {
        requests++;
        byStatus.merge(a.status(), 1, Integer::sum);
        String where = operation + " ← " + request;
        String text = a.text() == null ? "" : a.text();
        String excerpt = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        if (a.status() >= 500) {
            serverErrors.add(a.status() + " " + where + " → " + excerpt);
            return;
        }
        if (a.status() >= 400 && LEAK.matcher(text).find()) {
            violations.add("internals in the body: " + a.status() + " " + where + " → " + excerpt);
        }
        if (a.status() >= 400) {
            checkErrorShape(where, request, a, excerpt);
        } else if (a.status() >= 200 && a.status() < 300) {
            accepted(request, a);
        }
    }

    private void checkErrorShape(String where, RawHttp.Request request, RawHttp.Answer a, String excerpt) {
        JsonNode body = null;
        try {
            body = Http.JSON.readTree(a.text());
        } catch (Exception notJson) {
            // stays null
        }
        boolean shaped = body != null && body.isObject() && body.path("status").asInt() == a.status()
                && !body.path("error").asText().isEmpty() && !body.path("message").asText().isBlank()
                && body.has("field") && body.path("allowed").isArray();
        if (shaped) {
            return;
        }
        boolean encodedSlash = a.status() == 404 && request.target().contains("%2F");
        if ((CONTAINER_STATUSES.contains(a.status()) || encodedSlash)
                && !a.contentType().startsWith(OperationVariants.JSON)) {
            containerAnswers.merge(a.status() + " " + a.contentType(), 1, Integer::sum);
            return;
        }
        violations.add("not the JSON error shape: " + a.status() + " " + where + " → " + excerpt);
    }

    private void accepted(RawHttp.Request request, RawHttp.Answer a) {
        JsonNode body = null;
        try {
            body = Http.JSON.readTree(a.text());
        } catch (Exception notJson) {
            // an image, a workbook: names nothing
        }
        if (a.status() == 201) {
            // where it was made: the Location, else (a practice's answers carry none) the collection posted to
            String path = a.location() != null ? a.location().replaceFirst("^.*?/api/v1/", "")
                    : request.target().replaceFirst("\\?.*$", "").substring(1) + "/" + (body == null ? "?"
                            : body.path("id").asText("?"));
            int slash = path.lastIndexOf('/');
            String collection = path.substring(0, slash);
            created201.merge(collection, 1, Integer::sum);
            try {
                created.computeIfAbsent(collection, c -> new TreeSet<>()).add(Long.parseLong(path.substring(slash + 1)));
                locations.add(path);
            } catch (NumberFormatException notAnItem) {
                // counted only
            }
            if (body != null && STUDIO_EVENTS.matcher(request.target()).matches()) {
                // a studio event records an approved duty of each deputy who took part, naming none of them
                allowance.merge("duties", body.path("deputyIds").size(), Integer::sum);
            }
        }
        mentions(body);
    }

    /** How many new items of a collection accepted requests made without naming them. */
    int allowance(String collection) {
        return allowance.getOrDefault(collection, 0);
    }

    /** Collects the ids an accepted answer names: {@code suggestionId}, {@code opinionId}, {@code ...DutyRecordId(s)}. */
    void mentions(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(this::mentions);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String collection = collectionOf(f.getKey());
            if (collection != null) {
                Set<Long> ids = mentioned.computeIfAbsent(collection, c -> new TreeSet<>());
                if (f.getValue().isIntegralNumber()) {
                    ids.add(f.getValue().asLong());
                } else if (f.getValue().isArray()) {
                    f.getValue().forEach(v -> ids.add(v.asLong()));
                }
            } else if (f.getValue().isContainerNode()) {
                mentions(f.getValue());
            }
        }
    }

    private static String collectionOf(String field) {
        if (field.equals("suggestionId")) {
            return "suggestions";
        }
        if (field.equals("opinionId")) {
            return "opinions";
        }
        if (field.equals("dutyRecordId") || field.endsWith("DutyRecordId") || field.endsWith("DutyRecordIds")) {
            return "duties";
        }
        return null;
    }

    /** Whether an accepted request created or named this item. */
    boolean explains(String collection, long id) {
        return created.getOrDefault(collection, Set.of()).contains(id)
                || mentioned.getOrDefault(collection, Set.of()).contains(id);
    }

    String report(long millis, String database, Map<String, String> notes) {
        StringBuilder b = new StringBuilder();
        b.append("Lianxin fuzz report (").append(database).append(")\n");
        b.append("requests tried: ").append(requests).append('\n');
        Map<String, Integer> byClass = new TreeMap<>();
        byStatus.forEach((s, n) -> byClass.merge(s / 100 + "xx", n, Integer::sum));
        b.append("by status class: ").append(byClass).append('\n');
        b.append("by status code: ").append(byStatus).append('\n');
        b.append("5xx seen: ").append(serverErrorCount()).append('\n');
        b.append("rule violations (error shape, internals in a body): ").append(violations.size()).append('\n');
        b.append("created by accepted requests (201 by collection): ").append(created201).append('\n');
        if (!containerAnswers.isEmpty()) {
            b.append("answered by the web server before Jersey (not the JSON shape): ").append(containerAnswers)
                    .append('\n');
        }
        new LinkedHashMap<>(notes).forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        b.append("time taken: ").append(millis / 1000.0).append(" s\n");
        serverErrors.stream().limit(50).forEach(e -> b.append("5XX ").append(e).append('\n'));
        violations.stream().limit(50).forEach(e -> b.append("VIOLATION ").append(e).append('\n'));
        return b.toString();
    }
}
