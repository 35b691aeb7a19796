package org.lianxin.rest.internal.qr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.net.URI;

import org.junit.Test;

public class IntakeLinksTest {
    private static final URI REQUEST = URI.create("http://10.0.0.5:8181/api/v1/");

    @Test
    public void withoutABaseTheRequestsAddressIsUsed() {
        IntakeLinks links = new IntakeLinks();
        assertNull(links.configured());
        assertEquals("http://10.0.0.5:8181/intake?deputy=12", links.deputy(12, REQUEST));
        assertEquals("http://10.0.0.5:8181/intake?station=DJ-KSJ-JIA", links.station("DJ-KSJ-JIA", REQUEST));
        assertEquals("https://lianxin.example/intake?deputy=3",
                links.deputy(3, URI.create("https://lianxin.example/api/v1/deputies/3/qr.png")));
        assertEquals("http://[::1]:8181/intake?deputy=1", links.deputy(1, URI.create("http://[::1]:8181/api/v1/")));
    }

    @Test
    public void aConfiguredBaseWins() {
        IntakeLinks links = IntakeLinks.of(" https://renda.example.gov.cn/lianxin/ ");
        assertEquals("https://renda.example.gov.cn/lianxin", links.configured());
        assertEquals("https://renda.example.gov.cn/lianxin/intake?deputy=12", links.deputy(12, REQUEST));
        links.configure("");
        assertEquals("back to the request's", "http://10.0.0.5:8181/intake?deputy=12", links.deputy(12, REQUEST));
        links.configure("HTTP://Example.org:8080");
        assertEquals("HTTP://Example.org:8080/intake?deputy=12", links.deputy(12, REQUEST));
    }

    @Test
    public void stationCodesAreUrlEncoded() {
        IntakeLinks links = IntakeLinks.of("https://x.example");
        assertEquals("https://x.example/intake?station=A%26B+%E7%AB%99", links.station("A&B 站", REQUEST));
    }

    @Test
    public void aBadBaseIsRefusedAndTheOldOneStays() {
        IntakeLinks links = IntakeLinks.of("https://good.example");
        for (String bad : new String[] { "lianxin.example.gov.cn", "ftp://x.example", "https://x.example/?a=1",
            "https://x.example/#top", "http://", "https://exa mple.org", "/intake" }) {
            try {
                links.configure(bad);
                fail("accepted " + bad);
            } catch (IllegalArgumentException expected) {
                assertEquals(bad, "https://good.example", links.configured());
            }
        }
    }
}
