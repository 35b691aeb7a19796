package org.lianxin.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.Set;

import org.junit.Test;

public class WebPathsTest {
    private final WebPaths.Files files = Set.of("/index.html", "/assets/index-abc.js", "/assets/index-abc.css")::contains;

    @Test
    public void theRootAndTheAppsRoutesGetTheIndex() {
        assertEquals("/index.html", WebPaths.resolve("/", files));
        assertEquals("/index.html", WebPaths.resolve("", files));
        assertEquals("/index.html", WebPaths.resolve("/ledger", files));
        assertEquals("/index.html", WebPaths.resolve("/suggestions/42", files));
        assertEquals("/index.html", WebPaths.resolve("/intake", files));
    }

    @Test
    public void filesAreServedAndMissingFilesAreNotFound() {
        assertEquals("/assets/index-abc.js", WebPaths.resolve("/assets/index-abc.js", files));
        assertNull(WebPaths.resolve("/assets/gone-123.js", files));
        assertNull(WebPaths.resolve("/favicon.ico", files));
    }

    @Test
    public void apiPathsAndEscapesAreNotFound() {
        assertNull(WebPaths.resolve("/api/v2/suggestions", files));
        assertNull(WebPaths.resolve("/api", files));
        assertNull(WebPaths.resolve("/../etc/passwd", files));
        assertNull(WebPaths.resolve("/assets/../../index.html", files));
        assertNull(WebPaths.resolve("/assets\\index-abc.js", files));
        assertNull(WebPaths.resolve("//index.html", files));
    }

    @Test
    public void typesAndCaching() {
        assertEquals("text/javascript;charset=UTF-8", WebPaths.contentType("/assets/index-abc.js"));
        assertEquals("text/html;charset=UTF-8", WebPaths.contentType("/index.html"));
        assertEquals("application/octet-stream", WebPaths.contentType("/x.bin"));
        assertEquals("public, max-age=31536000, immutable", WebPaths.cacheControl("/assets/index-abc.js"));
        assertEquals("no-cache", WebPaths.cacheControl("/index.html"));
    }
}
