package org.lianxin.rest.internal.qr;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The addresses QR codes open: the public intake page, {@code <base>/intake?deputy=<id>} or
 * {@code <base>/intake?station=<code>}. The base is the configured public base URL ({@code baseUrl} of
 * {@code org.lianxin.public}) when set, otherwise the scheme, host and port the request came in on, which is
 * wrong behind a reverse proxy that does not pass them on: set the base there.
 */
public final class IntakeLinks {
    public static final String PATH = "/intake";

    /** The configured base without a trailing slash, or null to use the request's. */
    private volatile String configured;

    /** Links on the request's own address until a base is {@linkplain #configure configured}. */
    public IntakeLinks() {
    }

    /** Links on {@code baseUrl} (blank: the request's address). */
    public static IntakeLinks of(String baseUrl) {
        IntakeLinks links = new IntakeLinks();
        links.configure(baseUrl);
        return links;
    }

    /**
     * Uses {@code baseUrl} from now on; null or blank goes back to the request's address.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URL without query or fragment; the
     *         previous base then stays
     */
    public void configure(String baseUrl) {
        configured = parse(baseUrl);
    }

    /** The configured base, or null. */
    public String configured() {
        return configured;
    }

    static String parse(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        String s = baseUrl.strip();
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a URL: '" + s + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL with a host: '" + s + "'");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment: '" + s + "'");
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** What the code of a deputy opens. */
    public String deputy(long deputyId, URI requestUri) {
        return base(requestUri) + PATH + "?deputy=" + deputyId;
    }

    /** What the code of a station opens; the code is URL-encoded. */
    public String station(String stationCode, URI requestUri) {
        return base(requestUri) + PATH + "?station=" + URLEncoder.encode(stationCode, StandardCharsets.UTF_8);
    }

    /** The configured base, or scheme://host[:port] of {@code requestUri}. */
    public String base(URI requestUri) {
        String c = configured;
        if (c != null) {
            return c;
        }
        try {
            // the URI constructor puts brackets around an IPv6 host
            return new URI(requestUri.getScheme(), null, requestUri.getHost(), requestUri.getPort(), null, null, null)
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("request address without a host: " + requestUri, e);
        }
    }
}
