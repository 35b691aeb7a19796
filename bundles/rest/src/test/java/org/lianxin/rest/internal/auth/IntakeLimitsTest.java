package org.lianxin.rest.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class IntakeLimitsTest {
    private static final long T0 = 1_700_000_000_000L;

    @Test
    public void aSourceGetsItsMinuteAndThenWaitsForTheOldestToAge() {
        IntakeLimits limits = new IntakeLimits();
        limits.configure(1024, 3, 10);
        assertEquals(0, limits.tryAcquire("1.2.3.4", T0));
        assertEquals(0, limits.tryAcquire("1.2.3.4", T0 + 10_000));
        assertEquals(0, limits.tryAcquire("1.2.3.4", T0 + 20_000));
        assertEquals("the 4th within a minute waits until the 1st is a minute old", 40,
                limits.tryAcquire("1.2.3.4", T0 + 20_000));
        assertEquals("another address is counted apart", 0, limits.tryAcquire("5.6.7.8", T0 + 20_000));
        assertEquals("a refused try is not counted", 0, limits.tryAcquire("1.2.3.4", T0 + 60_001));
    }

    @Test
    public void theDayLimitHoldsAcrossMinutes() {
        IntakeLimits limits = new IntakeLimits();
        limits.configure(1024, 5, 4);
        for (int i = 0; i < 4; i++) {
            assertEquals(0, limits.tryAcquire("9.9.9.9", T0 + i * 120_000L));
        }
        long wait = limits.tryAcquire("9.9.9.9", T0 + 3_600_000L);
        assertTrue("waits for the first of the day to age: " + wait, wait > 20 * 3600 && wait <= 23 * 3600);
        assertEquals(0, limits.tryAcquire("9.9.9.9", T0 + 24 * 3_600_000L + 1));
    }

    @Test
    public void missingOrBadSettingsFallBackToTheDefaults() {
        IntakeLimits limits = new IntakeLimits();
        limits.configure(null, 0, -3);
        assertEquals(IntakeLimits.DEFAULT_MAX_BYTES, limits.maxBytes());
        for (int i = 0; i < IntakeLimits.DEFAULT_PER_MINUTE; i++) {
            assertEquals(0, limits.tryAcquire("a", T0 + i));
        }
        assertTrue(limits.tryAcquire("a", T0 + 10) > 0);
    }
}
