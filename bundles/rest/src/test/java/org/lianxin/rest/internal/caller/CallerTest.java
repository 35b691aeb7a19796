package org.lianxin.rest.internal.caller;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.lianxin.rest.internal.error.InvalidInputException;

public class CallerTest {
    @Test
    public void headerNamesTheActorOrDefaults() {
        assertEquals("api", Caller.fromHeader(null));
        assertEquals("api", Caller.fromHeader("  "));
        assertEquals("itest", Caller.fromHeader(" itest "));
        assertEquals("a".repeat(100), Caller.fromHeader("a".repeat(100)));
        assertEquals("api", Caller.actor(null));
    }

    @Test
    public void utf8BytesOfAHeaderAreDecoded() {
        String asReceived = new String("张三".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("张三", Caller.fromHeader(asReceived));
        assertEquals("张三", Caller.fromHeader("张三"));
        assertEquals("Müller", Caller.fromHeader("Müller"));
    }

    @Test
    public void tooLongOrControlCharactersAreRefused() {
        for (String bad : new String[] { "a".repeat(101), "a\u0007b" }) {
            try {
                Caller.fromHeader(bad);
                fail(bad);
            } catch (InvalidInputException e) {
                assertEquals(Caller.HEADER, e.field());
            }
        }
    }
}
