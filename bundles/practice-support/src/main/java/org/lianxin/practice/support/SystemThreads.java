package org.lianxin.practice.support;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

import org.lianxin.api.security.Callers;

/**
 * Threads of a practice's own work (demo data, an outbox's deliveries): no user calls there, so they act as the
 * system; core's services refuse a thread that says nothing about its caller.
 */
public final class SystemThreads {
    private SystemThreads() {
    }

    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(factory(name));
    }

    public static ScheduledExecutorService scheduled(String name) {
        return Executors.newSingleThreadScheduledExecutor(factory(name));
    }

    private static ThreadFactory factory(String name) {
        return r -> {
            Thread t = new Thread(() -> Callers.runAsSystem(r), name);
            t.setDaemon(true);
            return t;
        };
    }
}
