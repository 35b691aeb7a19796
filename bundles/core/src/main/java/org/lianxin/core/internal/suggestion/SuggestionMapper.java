package org.lianxin.core.internal.suggestion;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.Contact;
import org.lianxin.api.dto.ContactPhase;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.ResultClass;
import org.lianxin.api.dto.RouteTier;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionEvent;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.core.internal.jpa.ContactEntity;
import org.lianxin.core.internal.jpa.IdList;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.jpa.SuggestionEventEntity;
import org.lianxin.core.internal.lifecycle.Facts;
import org.lianxin.core.internal.lifecycle.Lifecycle;
import org.lianxin.core.internal.util.Clocks;

/** Entity ↔ DTO mapping of suggestions, their events and contacts. */
final class SuggestionMapper {
    private SuggestionMapper() {
    }

    static Facts facts(SuggestionEntity s, LocalDate today) {
        SuggestionState state = SuggestionState.valueOf(s.state);
        return new Facts(s.extensionDays != null, isLookBack(s, state), isOverdue(s, state, today),
                s.overdueEscalated, s.deadline != null && s.deadline.equals(s.remindedFor));
    }

    static boolean isOverdue(SuggestionEntity s, SuggestionState state, LocalDate today) {
        return s.deadline != null && Lifecycle.isRunning(state) && s.deadline.isBefore(today);
    }

    static boolean isLookBack(SuggestionEntity s, SuggestionState state) {
        return "B".equals(s.resultClass) && !s.solved && state.isCompleted();
    }

    static Suggestion dto(SuggestionEntity s, LocalDate today) {
        SuggestionState state = SuggestionState.valueOf(s.state);
        return new Suggestion(s.id, s.ledgerNo, SuggestionKind.valueOf(s.kind), Category.valueOf(s.category),
                s.title, s.content, state, s.regionId, s.handlingRegionId,
                s.routeTier == null ? null : RouteTier.valueOf(s.routeTier), IdList.parse(s.deputyIds), s.stationId,
                IdList.parse(s.opinionIds),
                s.leadUnitId, IdList.parse(s.coUnitIds), s.preLeadUnitId, IdList.parse(s.preCoUnitIds), s.deadline,
                s.deadlineRule == null ? null : ClockRule.valueOf(s.deadlineRule), isOverdue(s, state, today),
                s.extensionDays, s.extensionReason, s.resultClass == null ? null : ResultClass.valueOf(s.resultClass),
                s.replyText, Clocks.instant(s.repliedAt), s.rating == null ? null : Rating.valueOf(s.rating),
                s.ratings, s.supervised, s.overdueEscalated, s.explanation, isLookBack(s, state), s.solved,
                s.mergedIntoId, Clocks.instant(s.createdAt), Clocks.instant(s.updatedAt), Clocks.instant(s.closedAt));
    }

    static SuggestionEvent event(SuggestionEventEntity e) {
        return new SuggestionEvent(e.id, e.suggestionId, Clocks.instant(e.at), e.actor,
                LifecycleAction.valueOf(e.action), e.fromState == null ? null : SuggestionState.valueOf(e.fromState),
                SuggestionState.valueOf(e.toState), e.reason, decode(e.data));
    }

    static Contact contact(ContactEntity c) {
        return new Contact(c.id, c.suggestionId, c.unitId, ContactPhase.valueOf(c.phase), c.method, c.note, c.actor,
                Clocks.instant(c.at));
    }

    static String encode(Map<String, String> data) {
        if (data.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        data.forEach((k, v) -> sb.append(k).append('=')
                .append(URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8)).append('\n'));
        return sb.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> data = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    data.put(line.substring(0, eq), URLDecoder.decode(line.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return data;
    }
}
