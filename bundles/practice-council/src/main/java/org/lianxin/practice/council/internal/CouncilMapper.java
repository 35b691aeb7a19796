package org.lianxin.practice.council.internal;

import org.lianxin.practice.support.IdLists;
import java.time.LocalDate;
import java.util.List;

import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.practice.council.internal.jpa.CouncilEntity;
import org.lianxin.practice.council.internal.jpa.ItemEntity;
import org.lianxin.practice.council.internal.jpa.MeetingEntity;
import org.lianxin.practice.council.internal.jpa.OpenDayEntity;
import org.lianxin.practice.council.internal.jpa.RepresentativeEntity;
import org.lianxin.practice.council.internal.jpa.SupervisionEntity;
import org.lianxin.practice.council.internal.model.Compliance;
import org.lianxin.practice.council.internal.model.Council;
import org.lianxin.practice.council.internal.model.Item;
import org.lianxin.practice.council.internal.model.ItemRoute;
import org.lianxin.practice.council.internal.model.ItemStatus;
import org.lianxin.practice.council.internal.model.Meeting;
import org.lianxin.practice.council.internal.model.MeetingKind;
import org.lianxin.practice.council.internal.model.OfficeReport;
import org.lianxin.practice.council.internal.model.OpenDay;
import org.lianxin.practice.council.internal.model.OpenDayKind;
import org.lianxin.practice.council.internal.model.Representative;
import org.lianxin.practice.council.internal.model.Supervision;

/** Rows to what callers see. Phones show masked in lists. */
final class CouncilMapper {

    private CouncilMapper() {
    }

    static Council council(CouncilEntity c, String regionName, int representatives, Compliance compliance,
            boolean masked) {
        return new Council(c.id, c.regionId, regionName, c.name, c.establishedOn, c.convenor,
                masked ? Masks.phone(c.convenorPhone) : c.convenorPhone, representatives, compliance);
    }

    static boolean current(RepresentativeEntity r, LocalDate on) {
        return !r.joinedOn.isAfter(on) && (r.leftOn == null || r.leftOn.isAfter(on));
    }

    static Representative representative(RepresentativeEntity r, boolean masked) {
        return new Representative(r.id, r.councilId, r.name, r.community, masked ? Masks.phone(r.phone) : r.phone,
                masked && r.phone != null, r.joinedOn, r.leftOn, r.leftReason, current(r, LocalDate.now()));
    }

    static Meeting meeting(MeetingEntity m) {
        MeetingKind kind = MeetingKind.valueOf(m.kind);
        List<Long> present = IdLists.parse(m.repIds);
        LocalDate today = LocalDate.now();
        return new Meeting(m.id, m.councilId, m.heldOn, kind, kind.zh(), m.topic, present, present.size(), m.minutes,
                m.reportTitle == null ? null : new OfficeReport(m.reportTitle, m.reportSummary),
                ComplianceRule.held(m.heldOn, m.minutes, today),
                ComplianceRule.counts(kind == MeetingKind.REGULAR, m.heldOn, m.minutes, today));
    }

    static Item item(ItemEntity i, String representativeName, int supervisions) {
        ItemStatus status = ItemStatus.valueOf(i.status);
        ItemRoute route = i.route == null ? null : ItemRoute.valueOf(i.route);
        return new Item(i.id, i.councilId, i.repId, representativeName, i.meetingId, i.title, i.content, i.raisedBy,
                i.selectedOn, i.opinionId, i.receiptNo, status, status.zh(),
                i.category == null ? null : Category.valueOf(i.category), route, i.sortedOn, i.deputyId,
                i.suggestionId, i.ledgerNo, i.suggestionState == null ? null : SuggestionState.valueOf(i.suggestionState),
                i.handoverNote, i.handled == 1, i.handledOn, i.handlingResult,
                i.rating == null ? null : Rating.valueOf(i.rating), i.evaluationNote, i.evaluatedOn, supervisions,
                ItemFlow.allowed(status, route, i.handled == 1));
    }

    static Supervision supervision(SupervisionEntity s) {
        return new Supervision(s.id, s.itemId, s.notedOn, s.author, s.note,
                s.suggestionState == null ? null : SuggestionState.valueOf(s.suggestionState));
    }

    static OpenDay openDay(OpenDayEntity o) {
        OpenDayKind kind = OpenDayKind.valueOf(o.kind);
        return new OpenDay(o.id, o.councilId, o.heldOn, kind, kind.zh(), o.title, IdLists.parse(o.repIds), o.officials,
                o.opinions);
    }
}
