package org.lianxin.practice.litigation.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.lianxin.api.dto.Category;
import org.lianxin.practice.litigation.internal.jpa.ClueEntity;
import org.lianxin.practice.litigation.internal.jpa.OutboxEntity;
import org.lianxin.practice.litigation.internal.jpa.ProcuratorialEntity;
import org.lianxin.practice.litigation.internal.model.Clue;
import org.lianxin.practice.litigation.internal.model.ClueStatus;
import org.lianxin.practice.litigation.internal.model.Harm;
import org.lianxin.practice.litigation.internal.model.OutboxItem;
import org.lianxin.practice.litigation.internal.model.OutboxKind;
import org.lianxin.practice.litigation.internal.model.OutboxStatus;
import org.lianxin.practice.litigation.internal.model.Procuratorial;

/** Rows to what callers see. Timestamps are stored in UTC. */
public final class LitigationMapper {

    private LitigationMapper() {
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    static Clue clue(ClueEntity c) {
        ClueStatus status = ClueStatus.valueOf(c.status);
        Harm harm = Harm.valueOf(c.harm);
        return new Clue(c.id, c.suggestionId, c.regionId, harm, harm.zh(), c.note, status,
                List.copyOf(ClueFlow.allowed(status)), instant(c.handedOverAt), c.procuratorate, c.caseNo,
                c.acceptedOn, c.addressee, c.suggestionIssuedOn, c.suggestionContent, c.court, c.filedOn, c.outcome,
                c.concludedOn, c.amountRecovered, c.declineReason, c.createdBy, instant(c.createdAt),
                instant(c.updatedAt));
    }

    static Procuratorial procuratorial(ProcuratorialEntity p) {
        return new Procuratorial(p.id, p.procuratorate, p.caseNo, p.title, p.content, p.regionId,
                Category.valueOf(p.category), ids(p.deputyIds), p.issuedOn, p.suggestionId, instant(p.convertedAt),
                p.createdBy, instant(p.createdAt));
    }

    static OutboxItem outbox(OutboxEntity o) {
        return new OutboxItem(o.id, OutboxKind.valueOf(o.kind), o.clueId, o.procuratorialId, o.regionId,
                OutboxStatus.valueOf(o.status), o.attempts, instant(o.nextAttemptAt), o.lastError,
                instant(o.createdAt), instant(o.sentAt));
    }

    static List<Long> ids(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    static String csv(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
