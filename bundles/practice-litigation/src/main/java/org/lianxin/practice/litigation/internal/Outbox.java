package org.lianxin.practice.litigation.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.TypedQuery;

import org.lianxin.api.ConflictException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.practice.litigation.internal.jpa.OutboxEntity;
import org.lianxin.practice.litigation.internal.model.DeliveryReport;
import org.lianxin.practice.litigation.internal.model.OutboxItem;
import org.lianxin.practice.litigation.internal.model.OutboxKind;
import org.lianxin.practice.litigation.internal.model.OutboxStatus;
import org.lianxin.practice.support.PracticeScope;
import org.lianxin.practice.support.SystemThreads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable outbox of hand-offs to the other side. Rows are written by the change that causes them (a clue, a
 * procuratorial suggestion) in its transaction; a delivery pass runs every few seconds and on demand. Per due row:
 * a claim (attempt counted, not due again for the lease; the version column lets one node win), then the courier's
 * delivery and the SENT mark in one transaction, or the failure noted with backoff, FAILED after the last attempt.
 */
@Component(service = Outbox.class, configurationPid = "org.lianxin.practice.litigation.outbox")
public class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    @ObjectClassDefinition(name = "Lianxin litigation outbox")
    public @interface Config {
        @AttributeDefinition(description = "Seconds between delivery passes")
        long intervalSeconds() default 5;

        @AttributeDefinition(description = "Wait after the first failed attempt, in seconds; doubled after each further one")
        long backoffSeconds() default 60;

        @AttributeDefinition(description = "Longest wait between attempts, in seconds")
        long maxBackoffSeconds() default 3600;

        @AttributeDefinition(description = "Attempts before a row is FAILED")
        int maxAttempts() default 5;

        @AttributeDefinition(description = "Seconds a claimed row is left to its node before another may take it")
        long leaseSeconds() default 300;

        @AttributeDefinition(description = "Rows per pass")
        int batch() default 50;
    }

    private final LitigationTx tx;
    private final Scope scope;
    private final Courier toProcuratorate;
    private final Courier toDeputies;
    private final OutboxPolicy policy;
    private final int batch;
    private final ScheduledExecutorService executor;

    @Activate
    public Outbox(@Reference LitigationTx tx, @Reference Scope scope,
            @Reference(target = "(" + Courier.PROPERTY + "=procuratorate)") Courier toProcuratorate,
            @Reference(target = "(" + Courier.PROPERTY + "=deputies)") Courier toDeputies, Config config) {
        this.tx = tx;
        this.scope = scope;
        this.toProcuratorate = toProcuratorate;
        this.toDeputies = toDeputies;
        this.policy = new OutboxPolicy(Duration.ofSeconds(config.backoffSeconds()),
                Duration.ofSeconds(config.maxBackoffSeconds()), config.maxAttempts(),
                Duration.ofSeconds(config.leaseSeconds()));
        this.batch = Math.max(1, config.batch());
        long interval = Math.max(1, config.intervalSeconds());
        this.executor = SystemThreads.scheduled("lianxin-litigation-outbox");
        executor.scheduleWithFixedDelay(() -> {
            try {
                deliverDue();
            } catch (RuntimeException e) {
                LOG.warn("litigation outbox pass failed: {}", e.toString());
            }
        }, interval, interval, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        // no interrupt: Derby closes a connection whose thread is interrupted
        executor.shutdown();
    }

    OutboxPolicy policy() {
        return policy;
    }

    /** One delivery pass over the due rows; several nodes may run it at once, each row is delivered by one. */
    public synchronized DeliveryReport deliverDue() {
        LocalDateTime now = LitigationMapper.now();
        List<Long> due = tx.read(em -> em.createQuery("SELECT o.id FROM OutboxEntity o WHERE o.status = :s"
                + " AND o.nextAttemptAt <= :now ORDER BY o.id", Long.class)
                .setParameter("s", OutboxStatus.PENDING.name()).setParameter("now", now).setMaxResults(batch)
                .getResultList());
        int sent = 0;
        int failedAttempts = 0;
        int nowFailed = 0;
        int skipped = 0;
        for (long id : due) {
            Long claimed;
            try {
                claimed = tx.write(em -> {
                    OutboxEntity o = em.find(OutboxEntity.class, id);
                    if (!OutboxRules.due(o, now)) {
                        return null;
                    }
                    OutboxRules.claim(o, now, policy);
                    em.flush();
                    return o.version;
                });
            } catch (ConflictException lostToAnotherNode) {
                claimed = null;
            }
            if (claimed == null) {
                skipped++;
                continue;
            }
            long version = claimed;
            try {
                boolean done = tx.write(em -> {
                    OutboxEntity o = em.find(OutboxEntity.class, id);
                    if (o == null || o.version != version) {
                        return false;
                    }
                    courier(o).deliver(em, o);
                    OutboxRules.sent(o, LitigationMapper.now());
                    return true;
                });
                if (done) {
                    sent++;
                } else {
                    skipped++;
                }
            } catch (RuntimeException e) {
                String error = OutboxRules.message(e);
                LOG.info("litigation hand-off {} failed: {}", id, error);
                Boolean failed = tx.write(em -> {
                    OutboxEntity o = em.find(OutboxEntity.class, id);
                    if (o == null || o.version != version) {
                        return null;
                    }
                    OutboxRules.failed(o, error, LitigationMapper.now(), policy);
                    return OutboxStatus.FAILED.name().equals(o.status);
                });
                if (Boolean.TRUE.equals(failed)) {
                    nowFailed++;
                    LOG.warn("litigation hand-off {} FAILED after {} attempts: {}", id, policy.maxAttempts(), error);
                } else {
                    failedAttempts++;
                }
            }
        }
        return new DeliveryReport(due.size(), sent, failedAttempts, nowFailed, skipped);
    }

    private Courier courier(OutboxEntity o) {
        return switch (OutboxKind.valueOf(o.kind)) {
            case CLUE_TO_PROCURATORATE -> toProcuratorate;
            case PROCURATORIAL_TO_DEPUTIES -> toDeputies;
        };
    }

    /** Staff retry a FAILED hand-off: pending now, with a fresh count of attempts. */
    public OutboxItem retry(long id) {
        return tx.write(em -> {
            OutboxEntity o = visible(em.find(OutboxEntity.class, id), id);
            OutboxRules.retry(o, LitigationMapper.now());
            return LitigationMapper.outbox(o);
        });
    }

    public OutboxItem get(long id) {
        return tx.read(em -> LitigationMapper.outbox(visible(em.find(OutboxEntity.class, id), id)));
    }

    /** Hand-offs of the region's subtree (or every active region), by status, oldest first. */
    public Page<OutboxItem> list(Long regionId, OutboxStatus status, PageRequest page) {
        List<String> paths = scope.listPaths(regionId);
        String jpql = " FROM OutboxEntity o WHERE " + PracticeScope.under("o", paths)
                + (status == null ? "" : " AND o.status = :status");
        return tx.read(em -> {
            TypedQuery<Long> count = PracticeScope.bind(em.createQuery("SELECT COUNT(o)" + jpql, Long.class), paths);
            TypedQuery<OutboxEntity> rows = PracticeScope.bind(
                    em.createQuery("SELECT o" + jpql + " ORDER BY o.id", OutboxEntity.class), paths);
            if (status != null) {
                count.setParameter("status", status.name());
                rows.setParameter("status", status.name());
            }
            List<OutboxItem> items = new ArrayList<>();
            for (OutboxEntity o : rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()) {
                items.add(LitigationMapper.outbox(o));
            }
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    private OutboxEntity visible(OutboxEntity o, long id) {
        return scope.visible(o, row -> row.regionId, "outbox row", id);
    }
}
