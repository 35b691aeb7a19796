package org.lianxin.rest.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.lianxin.rest.internal.error.InvalidInputException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes JSON with our {@link ObjectMapper}, always UTF-8 on the way out. An empty body or a JSON
 * {@code null} reads as null (the resource then says which body is missing); input that does not parse or does
 * not fit becomes an {@link InvalidInputException} (400) naming the field. Small on purpose: it replaces
 * jersey-media-json-jackson, whose own exception mappers would answer in another shape.
 */
@Consumes({ MediaType.APPLICATION_JSON, "application/*+json" })
@Produces({ MediaType.APPLICATION_JSON, "application/*+json" })
public final class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    private final ObjectMapper mapper;

    public JsonProvider(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    static boolean isJson(MediaType type) {
        if (type == null) {
            return false;
        }
        String sub = type.getSubtype();
        return "application".equals(type.getType()) && ("json".equals(sub) || sub.endsWith("+json"));
    }

    private static boolean handled(Class<?> type) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !javax.ws.rs.core.StreamingOutput.class.isAssignableFrom(type)
                && !javax.ws.rs.core.Response.class.isAssignableFrom(type);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && handled(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        Charset charset = charset(mediaType);
        JsonParser parser = StandardCharsets.UTF_8.equals(charset) ? mapper.createParser(entityStream)
                : mapper.createParser(new InputStreamReader(entityStream, charset));
        try (parser) {
            if (parser.nextToken() == null) {
                return null; // no body at all
            }
            JavaType target = mapper.getTypeFactory().constructType(genericType == null ? type : genericType);
            return mapper.readerFor(target).readValue(parser);
        } catch (JsonMappingException e) {
            throw JsonInput.invalid(e);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(null, "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static Charset charset(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidInputException(null, "unsupported charset " + name);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && handled(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        httpHeaders.putSingle(HttpHeaders.CONTENT_TYPE, mediaType.withCharset(StandardCharsets.UTF_8.name()));
        JavaType declared = genericType == null || genericType == Object.class || value == null ? null
                : mapper.getTypeFactory().constructType(genericType);
        try (JsonGenerator out = mapper.getFactory().createGenerator(entityStream, JsonEncoding.UTF8)) {
            // the container owns the stream: closing the generator flushes it only
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (declared == null || !declared.getRawClass().isInstance(value)) {
                mapper.writeValue(out, value);
            } else {
                mapper.writerFor(declared).writeValue(out, value);
            }
        }
    }
}
