package org.lianxin.itests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks core's API a question every few milliseconds on a thread of its own, counting the answers that were not 200:
 * the proof that installing or removing a practice never interrupts core.
 */
final class CoreProbe implements AutoCloseable {
    private final Http http;
    private final Thread thread;
    private final AtomicInteger answered = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running = true;

    CoreProbe(Http http) {
        this.http = http;
        this.thread = new Thread(this::loop, "core-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Http.Response r = http.get("/regions?limit=1");
                answered.incrementAndGet();
                if (r.status() != 200) {
                    failures.add(r.status() + " " + r.text());
                }
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
    }

    int answered() {
        return answered.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
