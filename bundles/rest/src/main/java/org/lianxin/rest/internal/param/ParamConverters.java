package org.lianxin.rest.internal.param;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.ws.rs.HeaderParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

import org.lianxin.rest.internal.error.InvalidInputException;

/**
 * Strict conversion of path, query and header parameters: Long, Integer, Boolean, LocalDate (ISO) and enums.
 * A bad value is a 400 naming the parameter and, for enums, the accepted values; Jersey's own conversion would
 * silently drop some bad values (a bad Boolean reads as false) and answer 404 for others.
 */
public final class ParamConverters implements ParamConverterProvider {
    /** The years a date may have, in a parameter or a JSON body: what a SQL DATE column stores. */
    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    /**
     * The values of a repeated query parameter ({@code ?state=A&state=B}) as a set. An empty value
     * ({@code ?state=}) reads as absent, as it does for a single parameter, instead of a null in the set.
     */
    public static <T> Set<T> values(List<T> values) {
        return values == null ? Set.of() : values.stream().filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether a date's year is one a SQL DATE column can store. */
    public static boolean storable(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(name, s -> parse(name, s, Long::valueOf, "an integer"));
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, s -> parse(name, s, Integer::valueOf, "an integer"));
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, s -> bool(name, s));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, s -> date(name, s));
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) converter(name, s -> enumValue(name, (Class) rawType, s));
        }
        return null;
    }

    /** The parameter's name from its JAX-RS annotation, for messages. */
    static String name(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof PathParam p) {
                    return p.value();
                }
                if (a instanceof HeaderParam h) {
                    return h.value();
                }
            }
        }
        return "parameter";
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    throw new IllegalArgumentException(name + " is null");
                }
                String v = value.strip();
                return v.isEmpty() ? null : parse.apply(v);
            }

            @Override
            public String toString(T value) {
                return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
            }
        };
    }

    static <T> T parse(String name, String value, Function<String, T> parser, String what) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + value + "' is not " + what);
        }
    }

    static Boolean bool(String name, String value) {
        if ("true".equalsIgnoreCase(value)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(value)) {
            return Boolean.FALSE;
        }
        throw new InvalidInputException(name, "'" + value + "' is not true or false");
    }

    static LocalDate date(String name, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + value + "' is not a date (yyyy-MM-dd)");
        }
        if (!storable(date)) {
            throw new InvalidInputException(name, "'" + value + "' is out of range: the year must be between "
                    + MIN_YEAR + " and " + MAX_YEAR);
        }
        return date;
    }

    static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "'" + value + "' is not one of " + Arrays.stream(
                    type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ", "[", "]")));
        }
    }
}
