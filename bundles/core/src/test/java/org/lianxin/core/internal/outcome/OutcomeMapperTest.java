package org.lianxin.core.internal.outcome;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;
import org.lianxin.api.dto.PublicOutcome;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.ResultClass;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.core.internal.jpa.SuggestionEntity;

/** What the public sees of a row: where it stands always, the result only once published; never a person. */
public class OutcomeMapperTest {
    private static final Map<Long, String> REGIONS = Map.of(3L, "相山区");
    private static final Map<Long, String> UNITS = Map.of(7L, "区住建局");

    private static SuggestionEntity row(long id, SuggestionState state) {
        SuggestionEntity s = new SuggestionEntity();
        s.id = id;
        s.ledgerNo = "XS-2026-00000" + id;
        s.kind = "INTER_SESSION_OPINION";
        s.category = "INFRASTRUCTURE";
        s.title = "关于修复村道的建议";
        s.content = "村道破损";
        s.state = state.name();
        s.regionId = 3;
        s.regionPath = "/1/3/";
        s.leadUnitId = 7L;
        s.deadline = LocalDate.of(2026, 5, 1);
        s.resultClass = "B";
        s.replyText = "列入明年计划";
        s.repliedAt = LocalDateTime.of(2026, 4, 1, 8, 0);
        s.rating = "BASICALLY_SATISFIED";
        s.explanation = "已向代表说明";
        s.extensionReason = "内部原因";
        s.deputyIds = "4,5";
        s.opinionIds = "9";
        s.updatedAt = LocalDateTime.of(2026, 4, 2, 8, 0);
        return s;
    }

    @Test
    public void aPublishedItemShowsItsResultAndNames() {
        PublicOutcome o = OutcomeMapper.dto(row(1, SuggestionState.CLOSED), REGIONS, UNITS);
        assertTrue(o.published());
        assertEquals(SuggestionState.CLOSED, o.state());
        assertEquals("相山区", o.regionName());
        assertEquals("区住建局", o.leadUnitName());
        assertEquals(ResultClass.B, o.resultClass());
        assertEquals("列入明年计划", o.replyText());
        assertEquals(Instant.parse("2026-04-01T08:00:00Z"), o.repliedAt());
        assertEquals(Rating.BASICALLY_SATISFIED, o.rating());
        assertEquals("已向代表说明", o.explanation());
        assertTrue("B class, not solved: on the look-back list", o.lookBack());
        assertEquals(Instant.parse("2026-04-02T08:00:00Z"), o.updatedAt());
    }

    @Test
    public void anUnfinishedItemShowsWhereItStandsOnly() {
        for (SuggestionState state : SuggestionState.values()) {
            if (OutcomePolicy.isPublished(state)) {
                continue;
            }
            PublicOutcome o = OutcomeMapper.dto(row(2, state), REGIONS, UNITS);
            assertFalse(state.name(), o.published());
            assertEquals(state, o.state());
            assertEquals("关于修复村道的建议", o.title());
            assertEquals("相山区", o.regionName());
            assertNull(state.name(), o.resultClass());
            assertNull(state.name(), o.replyText());
            assertNull(state.name(), o.repliedAt());
            assertNull(state.name(), o.rating());
            assertNull(state.name(), o.explanation());
            assertFalse(state.name(), o.lookBack());
        }
    }

    @Test
    public void missingNamesAndUnitAreNull() {
        SuggestionEntity s = row(3, SuggestionState.REGISTERED);
        s.leadUnitId = null;
        s.ledgerNo = null;
        PublicOutcome o = OutcomeMapper.dto(s, Map.of(), UNITS);
        assertNull(o.regionName());
        assertNull(o.leadUnitName());
        assertNull(o.ledgerNo());
    }

    @Test
    public void noPersonNoReasonNoEventIsPartOfIt() {
        Set<String> fields = Arrays.stream(PublicOutcome.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        for (String secret : List.of("deputyIds", "opinionIds", "phone", "submitterName", "submitterContact",
                "extensionReason", "reason", "events", "actor", "stationId", "comment")) {
            assertFalse(secret, fields.contains(secret));
        }
        assertEquals(20, fields.size());
    }

    @Test
    public void mergesAreFollowedBoundedToTheItemTheyEndedUpIn() {
        Map<Long, SuggestionEntity> rows = new HashMap<>();
        for (long id = 1; id <= 20; id++) {
            SuggestionEntity s = row(id, SuggestionState.MERGED);
            s.mergedIntoId = id + 1;
            rows.put(id, s);
        }
        SuggestionEntity target = row(21, SuggestionState.HANDLING);
        rows.put(21L, target);
        assertSame(target, OutcomeMapper.followMerges(rows.get(18L), rows::get));
        assertSame("bounded: stops after " + OutcomeMapper.MAX_MERGE_HOPS + " hops", rows.get(11L),
                OutcomeMapper.followMerges(rows.get(1L), rows::get));
        assertSame("not merged: itself", target, OutcomeMapper.followMerges(target, rows::get));
        rows.get(5L).mergedIntoId = 4L;
        rows.get(4L).mergedIntoId = 5L;
        assertEquals("a cycle ends", SuggestionState.MERGED.name(),
                OutcomeMapper.followMerges(rows.get(4L), rows::get).state);
        rows.get(19L).mergedIntoId = 99L;
        assertNull("a missing target", OutcomeMapper.followMerges(rows.get(19L), rows::get));
        SuggestionEntity dangling = row(30, SuggestionState.MERGED);
        dangling.mergedIntoId = null;
        assertSame(dangling, OutcomeMapper.followMerges(dangling, rows::get));
    }
}
