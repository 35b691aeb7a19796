package org.lianxin.rest.internal.json;

import java.io.IOException;
import java.time.LocalDate;

import org.lianxin.rest.internal.param.ParamConverters;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/** The one JSON configuration of the API. */
public final class ObjectMappers {
    private ObjectMappers() {
    }

    /**
     * ISO-8601 dates and instants; strict input: unknown properties, a missing or null primitive, a number for
     * an enum, a fraction for an integer and trailing content are all refused (and become 400), and so is a date
     * whose year no SQL DATE column stores (such as {@code -999999999-01-01}, which the database would refuse with
     * a 500).
     */
    public static ObjectMapper create() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // registered after JavaTimeModule, so it is the one used for LocalDate
                .addModule(new SimpleModule("lianxin-dates").addDeserializer(LocalDate.class, new StorableDate())
                        .addDeserializer(String.class, new StorableText()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    /** Text as Jackson reads it, refused when it holds a NUL character: PostgreSQL stores no NUL in text. */
    static final class StorableText extends StdDeserializer<String> {
        private static final long serialVersionUID = 1L;

        StorableText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) ctxt.handleWeirdStringValue(String.class, text.replace('\u0000', '?'),
                        "text must not contain the NUL character");
            }
            return text;
        }
    }

    /** ISO dates as JavaTimeModule reads them, refused when the year is out of what the database stores. */
    static final class StorableDate extends StdDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        StorableDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (date != null && !ParamConverters.storable(date)) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, date.toString(), "the year must be"
                        + " between " + ParamConverters.MIN_YEAR + " and " + ParamConverters.MAX_YEAR);
            }
            return date;
        }
    }
}
