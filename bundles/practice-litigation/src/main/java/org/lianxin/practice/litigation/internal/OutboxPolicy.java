package org.lianxin.practice.litigation.internal;

import java.time.Duration;

/**
 * How the outbox retries: the n-th failed attempt waits {@code backoff * 2^(n-1)}, at most {@code maxBackoff}; after
 * {@code maxAttempts} attempts the row is FAILED. A claimed row is not due again for {@code lease} (a node that died
 * while delivering leaves it to be picked up after that).
 */
public record OutboxPolicy(Duration backoff, Duration maxBackoff, int maxAttempts, Duration lease) {

    public static final OutboxPolicy DEFAULT = new OutboxPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 5,
            Duration.ofMinutes(5));

    public OutboxPolicy {
        if (backoff.isNegative() || backoff.isZero() || maxAttempts < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("backoff and lease must be positive, maxAttempts at least 1");
        }
        if (maxBackoff.compareTo(backoff) < 0) {
            maxBackoff = backoff;
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1, 2, 4, 8 ... times the backoff, capped). */
    public Duration delayAfter(int attempts) {
        Duration d = backoff;
        for (int i = 1; i < attempts; i++) {
            d = d.multipliedBy(2);
            if (d.compareTo(maxBackoff) >= 0) {
                return maxBackoff;
            }
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
