package org.lianxin.rest.internal.caller;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.lianxin.rest.internal.error.InvalidInputException;

/**
 * Who is calling, for the {@code actor} of audited service calls. For now the caller names itself in the
 * {@value #HEADER} header ({@link ActorFilter}); authentication will replace the filter, and resources keep
 * asking {@link #actor(SecurityContext)}.
 */
public final class Caller {
    public static final String HEADER = "X-Lianxin-Actor";
    public static final String DEFAULT = "api";
    public static final int MAX = 100;

    private Caller() {
    }

    /** The actor of the current request. */
    public static String actor(SecurityContext context) {
        Principal p = context == null ? null : context.getUserPrincipal();
        return p == null || p.getName() == null || p.getName().isBlank() ? DEFAULT : p.getName();
    }

    /** The actor named by the header value: trimmed, {@value #DEFAULT} when absent, at most {@value #MAX} chars. */
    static String fromHeader(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String v = utf8(value.strip());
        if (v.length() > MAX) {
            throw new InvalidInputException(HEADER, "is longer than " + MAX + " characters");
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(HEADER, "must not hold control characters");
        }
        return v;
    }

    /**
     * Header values reach us as ISO-8859-1 characters; a client sending a name like 张三 sends UTF-8 bytes.
     * Re-decode them as UTF-8 when they are valid UTF-8, otherwise keep the value as it came.
     */
    static String utf8(String value) {
        if (value.chars().allMatch(c -> c < 0x80) || value.chars().anyMatch(c -> c > 0xFF)) {
            return value;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return value;
        }
    }
}
