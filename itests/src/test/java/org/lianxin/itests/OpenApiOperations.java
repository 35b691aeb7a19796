package org.lianxin.itests;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The operations of one OpenAPI document as the fuzz test needs them: path, method, parameters, body schema. */
final class OpenApiOperations {
    /** A path, query or header parameter with its schema ($ref resolved). */
    record Param(String name, String in, JsonNode schema) {}

    /**
     * One path × method of a document. {@code base} is the document's server path below {@code /api/v1}
     * ({@code ""} for core, {@code /practices/studio} for a practice); {@code body} is null without a request body.
     */
    record Operation(String base, String path, String method, List<Param> params, JsonNode body,
            boolean bodyRequired) {
        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + base + path;
        }
    }

    private final JsonNode document;

    OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    /** Every path × method of the document, in the document's order. */
    List<Operation> all(String base) {
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    params.add(new Param(p.get("name").asText(), p.get("in").asText(), resolve(p.path("schema"))));
                }
                JsonNode rb = op.getValue().get("requestBody");
                JsonNode body = rb == null ? null : resolve(rb.path("content").path("application/json").path("schema"));
                out.add(new Operation(base, path.getKey(), op.getKey().toUpperCase(java.util.Locale.ROOT), params,
                        body, rb != null && rb.path("required").asBoolean()));
            }
        }
        return out;
    }

    /** The schema with a top-level {@code $ref} replaced by its component (nested ones are resolved on use). */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s != null && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            s = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s == null || s.isMissingNode() ? JsonNodeFactory.instance.objectNode() : s;
    }
}
