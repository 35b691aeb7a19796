package org.lianxin.practice.studio.internal;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.lianxin.practice.studio.internal.jpa.ConsultationEntity;
import org.lianxin.practice.studio.internal.jpa.StandardEntity;
import org.lianxin.practice.studio.internal.jpa.StudioEntity;
import org.lianxin.practice.studio.internal.jpa.StudioEventEntity;
import org.lianxin.practice.studio.internal.jpa.StudioOpinionEntity;
import org.lianxin.practice.studio.internal.model.Consultation;
import org.lianxin.practice.studio.internal.model.EventKind;
import org.lianxin.practice.studio.internal.model.OpinionOutcome;
import org.lianxin.practice.studio.internal.model.StandardCheck;
import org.lianxin.practice.studio.internal.model.StandardItem;
import org.lianxin.practice.studio.internal.model.Studio;
import org.lianxin.practice.studio.internal.model.StudioEvent;
import org.lianxin.practice.studio.internal.model.StudioOpinion;
import org.lianxin.practice.studio.internal.model.Theme;

/** Entities to the records the API and console show. */
final class StudioMapper {
    private StudioMapper() {
    }

    static Studio studio(StudioEntity s, int members, int standardMet) {
        Theme theme = Theme.valueOf(s.theme);
        return new Studio(s.id, s.regionId, s.name, s.brand, theme, theme.zh(), s.stationId, members, standardMet,
                s.createdAt.toInstant(ZoneOffset.UTC));
    }

    static StandardCheck check(StandardItem item, StandardEntity e) {
        return e == null ? new StandardCheck(item, item.zh(), false, null, null, null)
                : new StandardCheck(item, item.zh(), true, e.evidence, e.checkedBy, e.checkedOn);
    }

    static Consultation consultation(ConsultationEntity c) {
        return new Consultation(c.id, c.studioId, c.askedOn, c.asker, c.question, c.answer, c.answeredBy,
                c.answeredOn, c.dutyRecordId);
    }

    static StudioOpinion opinion(StudioOpinionEntity o) {
        return new StudioOpinion(o.id, o.studioId, o.deputyId, o.receivedOn, o.content, o.opinionId, o.receiptNo,
                o.suggestionId, OpinionOutcome.valueOf(o.outcome));
    }

    static StudioEvent event(StudioEventEntity e) {
        List<Long> ids = e.deputyIds.isEmpty() ? List.of()
                : Arrays.stream(e.deputyIds.split(",")).map(Long::valueOf).toList();
        return new StudioEvent(e.id, e.studioId, EventKind.valueOf(e.kind), e.title, e.heldOn, e.sessions,
                e.attendance, e.viewers, ids);
    }
}
