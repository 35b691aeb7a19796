package org.lianxin.practice.litigation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.Test;
import org.lianxin.api.ConflictException;
import org.lianxin.practice.litigation.internal.jpa.OutboxEntity;
import org.lianxin.practice.litigation.internal.model.OutboxKind;

public class OutboxRulesTest {
    private static final LocalDateTime T0 = LocalDateTime.of(2024, 5, 1, 8, 0);
    private static final Courier FAILING = (em, row) -> {
        throw new IllegalStateException("procuratorate system unreachable");
    };

    @Test
    public void backoffDoublesFromOneMinuteAndIsCapped() {
        OutboxPolicy p = OutboxPolicy.DEFAULT;
        assertEquals(Duration.ofMinutes(1), p.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), p.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), p.delayAfter(3));
        assertEquals(Duration.ofMinutes(8), p.delayAfter(4));
        assertEquals(Duration.ofHours(1), p.delayAfter(7));
        assertEquals(Duration.ofHours(1), p.delayAfter(60));
    }

    @Test
    public void aFailingCourierLeavesTheRowPendingWithBackoffThenFailedAfterTheLastAttempt() {
        OutboxEntity o = OutboxRules.queue(OutboxKind.CLUE_TO_PROCURATORATE, 5, "/1/5/", "staff", T0);
        LocalDateTime now = T0;
        int[] waits = {1, 2, 4, 8};
        for (int i = 1; i <= 4; i++) {
            assertTrue(OutboxRules.due(o, now));
            assertFalse(OutboxRules.attempt(o, FAILING, now, OutboxPolicy.DEFAULT));
            assertEquals("PENDING", o.status);
            assertEquals(i, o.attempts);
            assertEquals(now.plusMinutes(waits[i - 1]), o.nextAttemptAt);
            assertEquals("IllegalStateException: procuratorate system unreachable", o.lastError);
            assertFalse("not due before its backoff", OutboxRules.due(o, now.plusSeconds(30)));
            now = o.nextAttemptAt;
        }
        assertFalse(OutboxRules.attempt(o, FAILING, now, OutboxPolicy.DEFAULT));
        assertEquals("FAILED", o.status);
        assertEquals(5, o.attempts);
        assertFalse("a FAILED row is never due", OutboxRules.due(o, now.plusDays(10)));
        assertNull(o.sentAt);
    }

    @Test
    public void staffRetryAFailedRowWhichIsThenSent() {
        OutboxEntity o = OutboxRules.queue(OutboxKind.PROCURATORIAL_TO_DEPUTIES, 5, "/1/5/", "staff", T0);
        OutboxPolicy once = new OutboxPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ofMinutes(5));
        OutboxRules.attempt(o, FAILING, T0, once);
        assertEquals("FAILED", o.status);
        LocalDateTime later = T0.plusHours(2);
        OutboxRules.retry(o, later);
        assertEquals("PENDING", o.status);
        assertEquals(0, o.attempts);
        assertTrue(OutboxRules.due(o, later));
        int[] calls = {0};
        assertTrue(OutboxRules.attempt(o, (em, row) -> calls[0]++, later, once));
        assertEquals("SENT", o.status);
        assertEquals(later, o.sentAt);
        assertNull(o.lastError);
        assertEquals(1, calls[0]);
        try {
            OutboxRules.retry(o, later);
            fail("only a FAILED row is retried");
        } catch (ConflictException expected) {
            // a SENT row stays sent
        }
    }

    @Test
    public void aClaimedRowIsNotDueAgainUntilItsLeaseRunsOut() {
        OutboxEntity o = OutboxRules.queue(OutboxKind.CLUE_TO_PROCURATORATE, 5, "/1/5/", "staff", T0);
        OutboxRules.claim(o, T0, OutboxPolicy.DEFAULT);
        assertEquals(1, o.attempts);
        assertFalse(OutboxRules.due(o, T0.plusMinutes(4)));
        assertTrue("a node that died while delivering leaves it to another", OutboxRules.due(o, T0.plusMinutes(5)));
    }
}
