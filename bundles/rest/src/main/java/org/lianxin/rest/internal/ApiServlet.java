package org.lianxin.rest.internal;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import org.lianxin.api.security.Callers;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The Jersey servlet of {@code /api/v1}. Jersey initialises when the HTTP whiteboard calls {@link #init()}, on a
 * pax-web thread; it then runs with this bundle's class loader as context class loader, so that lookups going
 * through the TCCL see what this bundle imports rather than whatever the calling thread had.
 */
final class ApiServlet extends ServletContainer {
    private static final long serialVersionUID = 1L;

    ApiServlet(ResourceConfig config) {
        super(config);
    }

    /** The caller bound by the auth filter lives as long as the request, not as long as the pooled thread. */
    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        try {
            super.service(request, response);
        } finally {
            Callers.clear();
        }
    }

    @Override
    public void init() throws ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ApiServlet.class.getClassLoader());
        try {
            super.init();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
