package org.lianxin.rest.internal.auth;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How much the public may send: bodies of at most {@code maxBytes}, and per source address at most
 * {@code perMinute} submissions in any minute and {@code perDay} in any day. Counted in memory per node (a
 * restart forgets), which is what a QR form on a phone needs: a person sends a few, a script is stopped.
 */
public final class IntakeLimits {
    public static final int DEFAULT_MAX_BYTES = 16 * 1024;
    public static final int DEFAULT_PER_MINUTE = 5;
    public static final int DEFAULT_PER_DAY = 50;
    private static final long MINUTE = 60_000L;
    private static final long DAY = 24 * 60 * MINUTE;
    /** Bounds the memory a flood of distinct addresses can take. */
    private static final int MAX_SOURCES = 100_000;

    private volatile int maxBytes = DEFAULT_MAX_BYTES;
    private volatile int perMinute = DEFAULT_PER_MINUTE;
    private volatile int perDay = DEFAULT_PER_DAY;
    private final Map<String, Deque<Long>> seen = new ConcurrentHashMap<>();

    public void configure(Integer maxBytes, Integer perMinute, Integer perDay) {
        this.maxBytes = positive(maxBytes, DEFAULT_MAX_BYTES);
        this.perMinute = positive(perMinute, DEFAULT_PER_MINUTE);
        this.perDay = positive(perDay, DEFAULT_PER_DAY);
    }

    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Counts one submission of {@code source} at {@code now} (ms) if it is within the limits; otherwise counts
     * nothing and answers how many seconds until it would be.
     */
    public long tryAcquire(String source, long now) {
        if (seen.size() > MAX_SOURCES) {
            prune(now);
        }
        Deque<Long> times = seen.computeIfAbsent(source, s -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - DAY) {
                times.pollFirst();
            }
            if (times.size() >= perDay) {
                return seconds(times.peekFirst() + DAY - now);
            }
            int lastMinute = 0;
            long oldestInMinute = now;
            for (Iterator<Long> it = times.descendingIterator(); it.hasNext();) {
                long t = it.next();
                if (t <= now - MINUTE) {
                    break;
                }
                lastMinute++;
                oldestInMinute = t;
            }
            if (lastMinute >= perMinute) {
                return seconds(oldestInMinute + MINUTE - now);
            }
            times.addLast(now);
            return 0;
        }
    }

    private void prune(long now) {
        seen.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || e.getValue().peekLast() <= now - DAY;
            }
        });
    }

    private static long seconds(long ms) {
        return Math.max(1, (ms + 999) / 1000);
    }

    private static int positive(Integer value, int fallback) {
        return value == null || value < 1 ? fallback : value;
    }
}
