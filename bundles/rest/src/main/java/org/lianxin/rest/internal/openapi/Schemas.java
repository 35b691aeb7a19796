package org.lianxin.rest.internal.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * JSON schemas of Java types for the OpenAPI document: scalars inline, enums and records (including generic
 * ones such as {@code Page<Suggestion>}) as named components.
 */
final class Schemas {
    private final Map<String, Object> components = new TreeMap<>();
    private final Map<String, Type> named = new HashMap<>();

    /** The named schemas met so far, for {@code components.schemas}. */
    Map<String, Object> components() {
        return components;
    }

    Map<String, Object> schema(Type type) {
        return schema(type, Map.of());
    }

    private Map<String, Object> schema(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> v) {
            Type bound = bindings.get(v);
            return bound == null ? object() : schema(bound, Map.of());
        }
        if (type instanceof WildcardType w) {
            return schema(w.getUpperBounds()[0], bindings);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = Arrays.stream(p.getActualTypeArguments()).map(a -> resolve(a, bindings)).toArray(Type[]::new);
            if (Collection.class.isAssignableFrom(raw)) {
                Map<String, Object> s = map("type", "array", "items", schema(args[0], Map.of()));
                if (Set.class.isAssignableFrom(raw)) {
                    s.put("uniqueItems", true);
                }
                return s;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map("type", "object", "additionalProperties", schema(args[1], Map.of()));
            }
            if (raw.isRecord()) {
                return record(raw, args);
            }
            return object();
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return map("type", "string");
        }
        if (c == long.class || c == Long.class) {
            return map("type", "integer", "format", "int64");
        }
        if (c == int.class || c == Integer.class) {
            return map("type", "integer", "format", "int32");
        }
        if (c == boolean.class || c == Boolean.class) {
            return map("type", "boolean");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return map("type", "number");
        }
        if (c == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (c == Instant.class) {
            return map("type", "string", "format", "date-time");
        }
        if (c.isEnum()) {
            String name = name(c, c);
            if (!components.containsKey(name)) {
                components.put(name, map("type", "string", "enum",
                        Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()));
            }
            return map("$ref", "#/components/schemas/" + name);
        }
        if (c.isRecord()) {
            return record(c, new Type[0]);
        }
        if (c.isArray()) {
            return map("type", "array", "items", schema(c.getComponentType(), Map.of()));
        }
        return object();
    }

    private static Type resolve(Type t, Map<TypeVariable<?>, Type> bindings) {
        return t instanceof TypeVariable<?> v && bindings.containsKey(v) ? bindings.get(v) : t;
    }

    private Map<String, Object> record(Class<?> c, Type[] args) {
        StringBuilder n = new StringBuilder();
        for (Type a : args) {
            n.append(a instanceof Class<?> k ? k.getSimpleName() : "Object");
        }
        Type key = args.length == 0 ? c : new Key(c, List.of(args));
        String name = name(n + c.getSimpleName(), key, c);
        Map<String, Object> ref = map("$ref", "#/components/schemas/" + name);
        if (components.containsKey(name)) {
            return ref;
        }
        components.put(name, map()); // placeholder against recursion
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        TypeVariable<?>[] vars = c.getTypeParameters();
        for (int i = 0; i < vars.length && i < args.length; i++) {
            bindings.put(vars[i], args[i]);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent rc : c.getRecordComponents()) {
            properties.put(rc.getName(), schema(rc.getGenericType(), bindings));
            if (rc.getType().isPrimitive()) {
                required.add(rc.getName());
            }
        }
        Map<String, Object> s = map("type", "object", "properties", properties);
        if (!required.isEmpty()) {
            s.put("required", required);
        }
        components.put(name, s);
        return ref;
    }

    private String name(Class<?> c, Type key) {
        return name(c.getSimpleName(), key, c);
    }

    /** A component name unique per type: the simple name, prefixed with the enclosing class on a clash. */
    private String name(String simple, Type key, Class<?> c) {
        Type taken = named.putIfAbsent(simple, key);
        if (taken == null || taken.equals(key)) {
            return simple;
        }
        String qualified = (c.getEnclosingClass() == null ? "" : c.getEnclosingClass().getSimpleName()) + simple;
        named.putIfAbsent(qualified, key);
        return qualified;
    }

    private static Map<String, Object> object() {
        return map("type", "object");
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Identity of a generic record with its type arguments. */
    private record Key(Class<?> raw, List<Type> args) implements Type {
    }
}
