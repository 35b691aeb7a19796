package org.lianxin.itests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The hostile requests of one operation: every path parameter replaced by hostile ids, every query parameter by
 * values that do not fit its schema, and for a body the malformed bodies and, one property at a time, a plausible
 * body with that property made hostile. Deterministic: one seeded {@link Random} per operation.
 */
final class OperationVariants {
    static final String JSON = "application/json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final int HUGE_QUERY = 100_000;
    static final int HUGE_PROPERTY = 200_000;
    static final int DEEP = 10_000;

    private final OpenApiOperations doc;
    private final OpenApiOperations.Operation op;
    /** A real value for a path parameter where the test has one (an id of its fixture), else null. */
    private final BiFunction<OpenApiOperations.Operation, OpenApiOperations.Param, String> realPathValue;
    /** A plausible value for a body property of this name (a fixture id for {@code regionId}...), else null. */
    private final java.util.function.Function<String, Object> knownValue;
    private final Random random;

    OperationVariants(OpenApiOperations doc, OpenApiOperations.Operation op,
            BiFunction<OpenApiOperations.Operation, OpenApiOperations.Param, String> realPathValue,
            java.util.function.Function<String, Object> knownValue, long seed) {
        this.doc = doc;
        this.op = op;
        this.realPathValue = realPathValue;
        this.knownValue = knownValue;
        this.random = new Random(seed ^ op.toString().hashCode());
    }

    /**
     * The requests. Only reads and writes with a body name the fixture's real ids in the path: a body-less write
     * (a DELETE, a disable) would then act for real, so its other path parameters stay unknown ids.
     * {@code hostileOnly}: no request that the operation could accept as it is (an unknown query parameter, another
     * Accept, a stray body), for operations that must not run for real.
     */
    List<RawHttp.Request> all(boolean hostileOnly) {
        boolean bodyLessWrite = !"GET".equals(op.method()) && op.body() == null;
        List<RawHttp.Request> out = new ArrayList<>();
        // path parameters: each one hostile in turn, the others real where that is safe
        for (OpenApiOperations.Param p : op.in("path")) {
            for (String hostile : HostileValues.PATH_IDS) {
                out.add(RawHttp.Request.of(op.method(), path(p, hostile, !bodyLessWrite)));
            }
        }
        String target = path(null, null, !bodyLessWrite);
        // query parameters, one at a time
        for (OpenApiOperations.Param p : op.in("query")) {
            for (String v : queryValues(p)) {
                if (hostileOnly && v.isEmpty()) {
                    continue; // an empty value reads as absent: the request would be a plain one
                }
                out.add(RawHttp.Request.of(op.method(), target + "?" + p.name() + "=" + encode(v)));
            }
        }
        if (hostileOnly) {
            return out;
        }
        // something nobody asked for: an unknown query parameter, an Accept the API does not serve
        out.add(RawHttp.Request.of(op.method(), target + "?fuzz=" + encode(HostileValues.SCRIPT)));
        out.add(RawHttp.Request.of(op.method(), target).accepting("application/xml"));
        if ("GET".equals(op.method())) {
            out.add(RawHttp.Request.of("PATCH", target).withBody(JSON, "{}")); // a method no endpoint has: 405
        }
        if (op.body() != null) {
            out.addAll(bodies(target));
        } else if (!"GET".equals(op.method())) {
            // a body where none is expected
            out.add(RawHttp.Request.of(op.method(), target).withBody(JSON, "{\"unexpected\":" + HostileValues.nested(50,
                    false) + "}"));
        }
        return out;
    }

    private List<RawHttp.Request> bodies(String target) {
        List<RawHttp.Request> out = new ArrayList<>();
        RawHttp.Request plain = RawHttp.Request.of(op.method(), target);
        for (String raw : HostileValues.RAW_BODIES) {
            out.add(plain.withBody(JSON, raw));
        }
        out.add(plain.withBody(JSON, HostileValues.nested(DEEP, false)));
        out.add(plain.withBody(JSON, HostileValues.nested(DEEP, true)));
        JsonNode base = example(op.body(), 0, null);
        String baseText = base.toString();
        out.add(plain.withBody(JSON, baseText.substring(0, Math.max(1, baseText.length() / 2)))); // truncated
        out.add(plain.withBody("text/plain", baseText));
        out.add(plain.withBody("application/json; charset=nope", baseText));
        out.add(plain.withBody("application/x-www-form-urlencoded", "a=1&b=2"));
        if (base instanceof ObjectNode object) {
            ObjectNode unknown = object.deepCopy();
            unknown.put("fuzzUnknownProperty", HostileValues.SCRIPT);
            out.add(plain.withBody(JSON, unknown.toString()));
            JsonNode properties = doc.resolve(op.body()).path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> property = it.next();
                for (JsonNode hostile : hostileValues(doc.resolve(property.getValue()))) {
                    ObjectNode variant = object.deepCopy();
                    variant.set(property.getKey(), hostile);
                    out.add(plain.withBody(JSON, variant.toString()));
                }
            }
        } else {
            out.add(plain.withBody(JSON, "{\"fuzzUnknownProperty\":1}"));
        }
        return out;
    }

    /** Values that do not belong in a property of this schema. */
    private List<JsonNode> hostileValues(JsonNode schema) {
        List<JsonNode> out = new ArrayList<>();
        String type = schema.path("type").asText();
        out.add(NODES.nullNode());
        if (schema.has("enum")) {
            out.add(NODES.textNode("NOT_" + schema.path("enum").path(0).asText("A_VALUE")));
            out.add(NODES.textNode(HostileValues.SQL));
            out.add(NODES.numberNode(random.nextInt(100)));
            return out;
        }
        switch (type) {
            case "string" -> {
                if ("date".equals(schema.path("format").asText())) {
                    out.add(NODES.textNode("2026-13-45"));
                    out.add(NODES.textNode("-999999999-01-01"));
                    out.add(NODES.textNode("9999-12-31"));
                }
                out.add(NODES.textNode(HostileValues.huge(HUGE_PROPERTY)));
                out.add(NODES.textNode(HostileValues.SQL));
                out.add(NODES.textNode(HostileValues.SQL_DROP));
                out.add(NODES.textNode(HostileValues.SCRIPT));
                out.add(NODES.textNode(HostileValues.CONTROL));
                out.add(NODES.textNode("   "));
                out.add(random.nextBoolean() ? NODES.numberNode(12345) : NODES.objectNode().put("a", 1));
            }
            case "integer" -> {
                out.add(NODES.textNode("abc"));
                out.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999")));
                out.add(NODES.numberNode(2_147_483_648L));
                out.add(NODES.numberNode(-1));
                out.add(NODES.numberNode(0));
                out.add(NODES.numberNode(1.5));
                out.add(NODES.numberNode(Long.MAX_VALUE));
            }
            case "number" -> {
                out.add(NODES.textNode("NaN"));
                out.add(NODES.numberNode(new java.math.BigDecimal("1e400")));
                out.add(NODES.numberNode(-1e308));
            }
            case "boolean" -> {
                out.add(NODES.textNode("maybe"));
                out.add(NODES.numberNode(2));
            }
            case "array" -> {
                out.add(NODES.textNode("x"));
                ArrayNode nulls = NODES.arrayNode();
                nulls.addNull();
                out.add(nulls);
                ArrayNode wrong = NODES.arrayNode();
                wrong.add(HostileValues.SQL).add(-1).add(NODES.objectNode());
                out.add(wrong);
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 2000; i++) {
                    many.add(HostileValues.UNKNOWN_ID + i);
                }
                out.add(many);
            }
            default -> {
                out.add(NODES.textNode(HostileValues.SCRIPT));
                out.add(NODES.numberNode(5));
                out.add(NODES.arrayNode());
            }
        }
        return out;
    }

    /** A plausible value of a schema: fixture ids by property name, the first enum value, today, "fuzz". */
    JsonNode example(JsonNode rawSchema, int depth, String name) {
        JsonNode schema = doc.resolve(rawSchema);
        Object known = name == null ? null : knownValue.apply(name);
        if (known != null) {
            return MAPPER.valueToTree(known);
        }
        if (schema.has("enum")) {
            return NODES.textNode(schema.path("enum").path(0).asText());
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "string":
                return NODES.textNode("date".equals(schema.path("format").asText()) ? LocalDate.now().toString()
                        : "fuzz " + (name == null ? "text" : name));
            case "integer":
                return NODES.numberNode(1);
            case "number":
                return NODES.numberNode(1.0);
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                return NODES.arrayNode();
            default:
                ObjectNode o = NODES.objectNode();
                if (depth < 3) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> p = it.next();
                        o.set(p.getKey(), example(p.getValue(), depth + 1, p.getKey()));
                    }
                }
                return o;
        }
    }

    private List<String> queryValues(OpenApiOperations.Param p) {
        List<String> out = new ArrayList<>(HostileValues.QUERY_ANY);
        out.add(HostileValues.huge(HUGE_QUERY));
        String type = p.schema().path("type").asText();
        if ("integer".equals(type)) {
            out.addAll(HostileValues.QUERY_INTEGER);
            if ("limit".equals(p.name()) || "offset".equals(p.name())) {
                out.add("2147483647");
                out.add("-2147483648");
            }
        } else if ("boolean".equals(type)) {
            out.add("maybe");
        } else if (p.schema().has("enum")) {
            out.add("NOT_A_VALUE");
        } else if ("date".equals(p.schema().path("format").asText())) {
            out.add("2026-13-45");
            out.add("99999-01-01");
        } else if ("array".equals(type)) {
            out.add("abc");
        }
        out.add(HostileValues.CONTROL);
        return out;
    }

    /** The operation's path with {@code hostile} for parameter {@code p} and real or unknown values elsewhere. */
    private String path(OpenApiOperations.Param p, String hostile, boolean realAllowed) {
        String path = op.base() + op.path();
        for (OpenApiOperations.Param q : op.in("path")) {
            String value;
            if (q.equals(p)) {
                value = hostile;
            } else {
                String real = realAllowed ? realPathValue.apply(op, q) : null;
                value = real != null ? encode(real) : q.schema().has("enum")
                        ? q.schema().path("enum").path(0).asText() : Long.toString(HostileValues.UNKNOWN_ID);
            }
            path = path.replace("{" + q.name() + "}", value);
        }
        return path;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
