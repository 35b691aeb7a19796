package org.lianxin.rest.internal.openapi;

import static org.lianxin.rest.internal.openapi.Schemas.map;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.BeanParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.lianxin.api.dto.PageRequest;
import org.lianxin.rest.internal.error.ErrorBody;
import org.lianxin.rest.internal.param.Paging;

/**
 * Builds the OpenAPI 3.0 document of the API from the JAX-RS annotations of the resource classes, so that it
 * lists exactly the endpoints that exist. Success bodies are JSON unless a method produces other media types
 * (images): those are described as strings, binary where the type is not text. Errors are always JSON.
 */
public final class OpenApiGenerator {
    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String ERROR_REF = "#/components/responses/";

    private final Schemas schemas = new Schemas();

    private OpenApiGenerator() {
    }

    /** The document for {@code resources}, served under {@code basePath}. */
    public static Map<String, Object> generate(String version, String basePath, Collection<Class<?>> resources) {
        return new OpenApiGenerator().document(version, basePath, resources);
    }

    private Map<String, Object> document(String version, String basePath, Collection<Class<?>> resources) {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        for (Class<?> resource : resources) {
            for (Method m : endpoints(resource)) {
                String path = path(resource, m);
                String verb = verb(m).toLowerCase(Locale.ROOT);
                Object clash = paths.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(verb, operation(resource, m));
                if (clash != null) {
                    throw new IllegalStateException("two endpoints for " + verb + " " + path);
                }
            }
        }
        Map<String, Object> components = map("schemas", schemas.components(), "responses", errorResponses(),
                "securitySchemes", map("bearer", map("type", "http", "scheme", "bearer",
                        "description", "the token of POST /api/v1/auth/login; without one the caller is the public")));
        return map("openapi", "3.0.3",
                "info", map("title", "Lianxin API", "version", version,
                        "description", "Deputy work platform of local people's congresses. Every error answers "
                                + "the Error schema."),
                "servers", List.of(map("url", basePath)),
                "security", List.of(map("bearer", List.of()), map()),
                "paths", paths,
                "components", components);
    }

    /** The resource methods of a class: public methods carrying an HTTP method annotation, in a stable order. */
    public static List<Method> endpoints(Class<?> resource) {
        List<Method> out = new ArrayList<>();
        for (Method m : resource.getMethods()) {
            if (verb(m) != null) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Method::getName).thenComparing(m -> m.getParameterCount()));
        return out;
    }

    /** GET, POST, ... of a resource method, or null. */
    public static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    /** The OpenAPI path of a resource method: class and method {@code @Path}, regexes of templates removed. */
    public static String path(Class<?> resource, Method m) {
        Path cp = resource.getAnnotation(Path.class);
        Path mp = m.getAnnotation(Path.class);
        String raw = "/" + (cp == null ? "" : cp.value()) + "/" + (mp == null ? "" : mp.value());
        String p = raw.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** {@code regions_list}: the first path segment and the Java method name. */
    public static String operationId(Class<?> resource, Method m) {
        Path cp = resource.getAnnotation(Path.class);
        String tag = tag(cp);
        return tag + "_" + m.getName();
    }

    private static String tag(Path cp) {
        String p = cp == null ? "" : cp.value().replaceAll("^/+", "");
        int slash = p.indexOf('/');
        String first = slash < 0 ? p : p.substring(0, slash);
        return first.replace(".json", "").isEmpty() ? "api" : first.replace(".json", "");
    }

    private Map<String, Object> operation(Class<?> resource, Method m) {
        String verb = verb(m);
        Map<String, Object> op = map("operationId", operationId(resource, m), "tags",
                List.of(tag(resource.getAnnotation(Path.class))), "summary", words(m.getName()));
        List<Object> parameters = new ArrayList<>();
        Map<String, Object> body = null;
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(Context.class) || p.isAnnotationPresent(BeanParam.class)) {
                continue;
            }
            Map<String, Object> param = parameter(p);
            if (param != null) {
                parameters.add(param);
            } else {
                body = map("required", !p.isAnnotationPresent(OptionalBody.class), "content",
                        map(JSON, map("schema", schemas.schema(p.getParameterizedType()))));
            }
        }
        boolean writes = !HttpMethod.GET.equals(verb) && !HttpMethod.HEAD.equals(verb);
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        if (body != null) {
            op.put("requestBody", body);
        }
        op.put("responses", responses(resource, m, writes, body != null));
        return op;
    }

    private Map<String, Object> parameter(Parameter p) {
        String in;
        String name;
        if (p.isAnnotationPresent(PathParam.class)) {
            in = "path";
            name = p.getAnnotation(PathParam.class).value();
        } else if (p.isAnnotationPresent(QueryParam.class)) {
            in = "query";
            name = p.getAnnotation(QueryParam.class).value();
        } else if (p.isAnnotationPresent(HeaderParam.class)) {
            in = "header";
            name = p.getAnnotation(HeaderParam.class).value();
        } else {
            return null;
        }
        Map<String, Object> schema = schemas.schema(p.getParameterizedType());
        DefaultValue dv = p.getAnnotation(DefaultValue.class);
        if (dv != null) {
            schema.put("default", typed(dv.value(), p.getType()));
        }
        if (Paging.OFFSET.equals(name)) {
            schema.put("minimum", 0);
            schema.put("default", 0);
        } else if (Paging.LIMIT.equals(name)) {
            schema.put("minimum", 1);
            schema.put("maximum", PageRequest.MAX_LIMIT);
            schema.put("default", PageRequest.DEFAULT_LIMIT);
        }
        Bounds bounds = p.getAnnotation(Bounds.class);
        if (bounds != null) {
            schema.put("minimum", bounds.min());
            schema.put("maximum", bounds.max());
        }
        Map<String, Object> param = map("name", name, "in", in, "required", "path".equals(in), "schema", schema);
        if ("query".equals(in) && Collection.class.isAssignableFrom(p.getType())) {
            param.put("style", "form");
            param.put("explode", true);
        }
        return param;
    }

    private static Object typed(String value, Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return Boolean.parseBoolean(value);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Long.parseLong(value);
        }
        return value;
    }

    private Map<String, Object> responses(Class<?> resource, Method m, boolean writes, boolean hasBody) {
        Map<String, Object> out = new LinkedHashMap<>();
        Returns returns = m.getAnnotation(Returns.class);
        Type type = m.getGenericReturnType();
        List<String> produces = produces(resource, m);
        if (!produces.contains(JSON) && type != void.class) {
            Map<String, Object> content = new LinkedHashMap<>();
            produces.forEach(media -> content.put(media, map("schema", mediaSchema(media))));
            out.put("200", map("description", "success", "content", content));
        } else if (returns != null) {
            out.put(Integer.toString(returns.status()), content(returns.status() == 201 ? "created" : "success",
                    returns.value()));
        } else if (type == void.class) {
            out.put("204", map("description", "done, no content"));
        } else if (type == Response.class) {
            out.put("200", map("description", "success"));
        } else {
            out.put("200", content("success", type));
        }
        out.put("400", map("$ref", ERROR_REF + "BadRequest"));
        out.put("404", map("$ref", ERROR_REF + "NotFound"));
        if (writes) {
            out.put("409", map("$ref", ERROR_REF + "Conflict"));
        }
        if (hasBody) {
            out.put("415", map("$ref", ERROR_REF + "UnsupportedMediaType"));
        }
        out.put("500", map("$ref", ERROR_REF + "InternalError"));
        return out;
    }

    /** The media types a method answers in: its own {@code @Produces}, else its class's, else JSON. */
    public static List<String> produces(Class<?> resource, Method m) {
        Produces p = m.getAnnotation(Produces.class);
        if (p == null) {
            p = resource.getAnnotation(Produces.class);
        }
        if (p == null) {
            return List.of(JSON);
        }
        List<String> out = new ArrayList<>();
        for (String v : p.value()) {
            for (String media : v.split(",")) {
                // without parameters such as charset: the document keys content by plain media type
                String plain = media.split(";")[0].strip();
                if (!plain.isEmpty()) {
                    out.add(plain);
                }
            }
        }
        return out;
    }

    /** A string; binary unless the media type is text (text/*, XML such as image/svg+xml). */
    static Map<String, Object> mediaSchema(String media) {
        boolean text = media.startsWith("text/") || media.endsWith("/xml") || media.endsWith("+xml");
        return text ? map("type", "string") : map("type", "string", "format", "binary");
    }

    private Map<String, Object> content(String description, Type type) {
        return map("description", description, "content", map(JSON, map("schema", schemas.schema(type))));
    }

    private Map<String, Object> errorResponses() {
        Map<String, Object> error = map("description", "", "content",
                map(JSON, map("schema", schemas.schema(ErrorBody.class))));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("BadRequest", with(error, "bad input: a missing or invalid field or parameter (field names it)"));
        out.put("NotFound", with(error, "no such item or path"));
        out.put("Conflict", with(error, "refused in the current state (state and allowed name the lifecycle "
                + "state and the actions it allows), or clashing with existing data"));
        out.put("UnsupportedMediaType", with(error, "the body is not application/json"));
        out.put("InternalError", with(error, "unexpected failure; the message carries a reference to the log"));
        return out;
    }

    private static Map<String, Object> with(Map<String, Object> response, String description) {
        Map<String, Object> copy = new LinkedHashMap<>(response);
        copy.put("description", description);
        return copy;
    }

    /** {@code groupReturn} → {@code group return}. */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
