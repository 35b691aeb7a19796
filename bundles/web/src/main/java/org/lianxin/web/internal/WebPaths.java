package org.lianxin.web.internal;

import java.util.Locale;
import java.util.Map;

/**
 * Which file of the single-page app a request path gets. Files are served as they are; a path that names no file
 * (no dot in its last segment) is a route of the app and gets {@code index.html}, so deep links work; a missing
 * file, anything under {@code /api/} that the REST servlets did not take, and any path trying to leave the app's
 * folder is not found.
 */
final class WebPaths {
    static final String INDEX = "/index.html";
    static final String NOT_FOUND = null;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=UTF-8"),
            Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("mjs", "text/javascript;charset=UTF-8"),
            Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("json", "application/json;charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webp", "image/webp"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain;charset=UTF-8"));

    private WebPaths() {
    }

    /** Whether a file of this path exists in the app. */
    interface Files {
        boolean exists(String path);
    }

    /** The file to serve for a request path, or {@link #NOT_FOUND}. */
    static String resolve(String path, Files files) {
        if (path == null || path.isEmpty() || "/".equals(path)) {
            return INDEX;
        }
        if (!path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.contains("//")) {
            return NOT_FOUND;
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return NOT_FOUND;
            }
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            return NOT_FOUND;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.indexOf('.') >= 0) {
            return !path.endsWith("/") && files.exists(path) ? path : NOT_FOUND;
        }
        return INDEX;
    }

    /** The content type of a served file; unknown kinds are sent as bytes. */
    static String contentType(String path) {
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** Vite names the files under /assets/ by their content hash: they never change, the rest is re-checked. */
    static String cacheControl(String path) {
        return path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
    }
}
