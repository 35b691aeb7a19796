package org.lianxin.rest.internal.error;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/** Readable 400 bodies for JSON that parses but does not fit the expected type. */
final class JsonErrors {
    private JsonErrors() {
    }

    static ErrorBody of(JsonMappingException e) {
        String field = path(e);
        return ErrorBody.ofField(400, field == null ? message(e) : field + ": " + message(e), field);
    }

    /** The JSON path of the offending value, e.g. {@code reassignTo.leadUnitId} or {@code deputyIds[1]}. */
    static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown property";
        }
        if (e instanceof ValueInstantiationException v) {
            // the record's constructor refused the values, e.g. List.copyOf of a list holding null
            Throwable cause = v.getCause();
            String type = v.getType() == null ? "value" : v.getType().getRawClass().getSimpleName();
            return cause instanceof NullPointerException ? type + ": lists must not hold null"
                    : cause instanceof IllegalArgumentException && cause.getMessage() != null
                            ? type + ": " + cause.getMessage() : "invalid " + type;
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            Class<?> target = f.getTargetType();
            if (target.isEnum()) {
                return "'" + f.getValue() + "' is not one of " + Arrays.stream(target.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ", "[", "]"));
            }
            return "'" + f.getValue() + "' is not a valid " + typeName(target);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String original = String.valueOf(m.getOriginalMessage());
            if (m.getTargetType().isPrimitive() && original.contains("null")) {
                return "is required";
            }
            return "expected " + typeName(m.getTargetType());
        }
        return "invalid value";
    }

    private static String typeName(Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == java.time.LocalDate.class) {
            return "date (yyyy-MM-dd)";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }
}
