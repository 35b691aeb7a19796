package org.lianxin.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Serves the web UI, built into this bundle's {@code /webapp} folder, at the root of the HTTP service. Registered
 * as the default servlet ({@code /}): every more specific pattern, {@code /api/v1/*} and the practices' APIs, keeps
 * its requests. Only GET and HEAD; API data never passes through here.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=lianxin-web" })
public final class WebAppServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ROOT = "webapp";
    /** Same origin only: the app's own scripts and styles, the API on the same host, no framing. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final transient Bundle bundle;

    @Activate
    public WebAppServlet(BundleContext context) {
        this.bundle = context.getBundle();
    }

    /**
     * Only pages are read here: any other method is a 405 in the API's error shape (a write to a path the API does not
     * serve, e.g. one that normalised out of {@code /api/v1}, lands here and must not get a container's HTML page).
     */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws javax.servlet.ServletException,
            IOException {
        if ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) {
            super.service(req, resp);
            return;
        }
        resp.setHeader("Allow", "GET, HEAD");
        error(resp, 405, "METHOD_NOT_ALLOWED", req.getMethod() + " is not served here: the web UI only serves pages,"
                + " data is under /api/v1");
    }

    private static void error(HttpServletResponse resp, int status, String name, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        String json = "{\"status\":" + status + ",\"error\":\"" + name + "\",\"message\":\"" + message
                + "\",\"field\":null,\"state\":null,\"allowed\":[]}";
        resp.getOutputStream().write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        String file = WebPaths.resolve(path, p -> bundle.getEntry(ROOT + p) != null);
        URL url = file == null ? null : bundle.getEntry(ROOT + file);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        if (url == null) {
            if (path.startsWith("/api/")) {
                error(resp, 404, "NOT_FOUND", "no such resource");
            } else {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        resp.setContentType(WebPaths.contentType(file));
        resp.setHeader("Cache-Control", WebPaths.cacheControl(file));
        if (file.equals(WebPaths.INDEX)) {
            resp.setHeader("Content-Security-Policy", CSP);
            resp.setHeader("X-Frame-Options", "DENY");
        }
        try (InputStream in = url.openStream()) {
            if ("HEAD".equals(req.getMethod())) {
                return;
            }
            OutputStream out = resp.getOutputStream();
            in.transferTo(out);
        }
    }
}
