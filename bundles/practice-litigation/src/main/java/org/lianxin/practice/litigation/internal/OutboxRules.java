package org.lianxin.practice.litigation.internal;

import java.time.LocalDateTime;

import org.lianxin.api.ConflictException;
import org.lianxin.practice.litigation.internal.jpa.OutboxEntity;
import org.lianxin.practice.litigation.internal.model.OutboxKind;
import org.lianxin.practice.litigation.internal.model.OutboxStatus;

/** What happens to an outbox row: queued, claimed, sent, failed and retried. Times are UTC. */
final class OutboxRules {

    private OutboxRules() {
    }

    static OutboxEntity queue(OutboxKind kind, long regionId, String regionPath, String actor, LocalDateTime now) {
        OutboxEntity o = new OutboxEntity();
        o.kind = kind.name();
        o.regionId = regionId;
        o.regionPath = regionPath;
        o.status = OutboxStatus.PENDING.name();
        o.attempts = 0;
        o.nextAttemptAt = now;
        o.createdBy = actor;
        o.createdAt = now;
        return o;
    }

    static boolean due(OutboxEntity o, LocalDateTime now) {
        return o != null && OutboxStatus.PENDING.name().equals(o.status) && !o.nextAttemptAt.isAfter(now);
    }

    /** Takes the row for one attempt: counted, and not due again until the lease runs out. */
    static void claim(OutboxEntity o, LocalDateTime now, OutboxPolicy policy) {
        o.attempts++;
        o.nextAttemptAt = now.plus(policy.lease());
    }

    static void sent(OutboxEntity o, LocalDateTime now) {
        o.status = OutboxStatus.SENT.name();
        o.sentAt = now;
        o.lastError = null;
    }

    /** After a failed (claimed, counted) attempt: due again after the backoff, or FAILED after the last attempt. */
    static void failed(OutboxEntity o, String error, LocalDateTime now, OutboxPolicy policy) {
        o.lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (o.attempts >= policy.maxAttempts()) {
            o.status = OutboxStatus.FAILED.name();
        } else {
            o.status = OutboxStatus.PENDING.name();
            o.nextAttemptAt = now.plus(policy.delayAfter(o.attempts));
        }
    }

    /** Staff retry a FAILED row: pending now, with a fresh count of attempts; the last error stays until it is sent. */
    static void retry(OutboxEntity o, LocalDateTime now) {
        if (!OutboxStatus.FAILED.name().equals(o.status)) {
            throw new ConflictException("outbox row " + o.id + " is " + o.status + "; only a FAILED row is retried");
        }
        o.status = OutboxStatus.PENDING.name();
        o.attempts = 0;
        o.nextAttemptAt = now;
    }

    /**
     * One attempt on a claimed row, as the outbox runs it (the courier's writes and the mark in one transaction in
     * the real thing): SENT when the courier returns, else failed with its message.
     */
    static boolean attempt(OutboxEntity o, Courier courier, LocalDateTime now, OutboxPolicy policy) {
        claim(o, now, policy);
        try {
            courier.deliver(null, o);
            sent(o, now);
            return true;
        } catch (RuntimeException e) {
            failed(o, message(e), now, policy);
            return false;
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
