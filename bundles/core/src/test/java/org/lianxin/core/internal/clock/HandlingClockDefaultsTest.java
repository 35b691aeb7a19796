package org.lianxin.core.internal.clock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.lianxin.core.internal.clock.StubRegions.DJ;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.Deadline;
import org.lianxin.api.dto.SuggestionKind;

/** The default periods of DOMAIN.md §3 on concrete dates, counted in calendar days (the default mode). */
public class HandlingClockDefaultsTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    private final HandlingClockImpl clock = new HandlingClockImpl(new StubRegions(), new HashMap<>());

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private LocalDate due(ClockRule rule, SuggestionKind kind, String start) {
        return clock.deadline(rule, DJ, kind, d(start)).due();
    }

    @Test
    public void defaultPeriodsAreTheDomainNumbers() {
        assertEquals("7D", ClockRule.TOWNSHIP_REVIEW.defaultPeriod());
        assertEquals("3D", ClockRule.ROUTE_TOWNSHIP.defaultPeriod());
        assertEquals("5D", ClockRule.ROUTE_COUNTY.defaultPeriod());
        assertEquals("3D", ClockRule.ROUTE_CITY.defaultPeriod());
        assertEquals("1M", ClockRule.HANDLING_SINGLE_UNIT.defaultPeriod());
        assertEquals("2M", ClockRule.HANDLING_MULTI_UNIT.defaultPeriod());
        assertEquals("3M", ClockRule.SESSION_REPLY.defaultPeriod());
        assertEquals("6M", ClockRule.SESSION_MAX.defaultPeriod());
        assertEquals("2M", ClockRule.HANDLING_MAX.defaultPeriod());
        assertEquals("1M", ClockRule.SUPERVISION.defaultPeriod());
    }

    @Test
    public void townshipReviewWithinOneWeek() {
        assertEquals(new Deadline(MONDAY, d("2026-03-09"), ClockRule.TOWNSHIP_REVIEW, "7D", false, List.of()),
                clock.deadline(ClockRule.TOWNSHIP_REVIEW, DJ, SuggestionKind.INTER_SESSION_OPINION, MONDAY));
    }

    @Test
    public void tieredRoutingThreeFiveThreeDays() {
        for (SuggestionKind kind : SuggestionKind.values()) {
            assertEquals(d("2026-03-05"), due(ClockRule.ROUTE_TOWNSHIP, kind, "2026-03-02"));
            assertEquals(d("2026-03-07"), due(ClockRule.ROUTE_COUNTY, kind, "2026-03-02"));
            assertEquals(d("2026-03-05"), due(ClockRule.ROUTE_CITY, kind, "2026-03-02"));
        }
        assertEquals("5D", clock.deadline(ClockRule.ROUTE_COUNTY, DJ, SuggestionKind.MOTION, MONDAY).period());
    }

    @Test
    public void interSessionOpinionOneMonthForOneUnitTwoForSeveral() {
        SuggestionKind k = SuggestionKind.INTER_SESSION_OPINION;
        assertEquals(ClockRule.HANDLING_SINGLE_UNIT, clock.handlingRule(k, 1));
        assertEquals(ClockRule.HANDLING_MULTI_UNIT, clock.handlingRule(k, 2));
        assertEquals(ClockRule.HANDLING_MULTI_UNIT, clock.handlingRule(k, 5));
        assertEquals(d("2026-04-02"), due(clock.handlingRule(k, 1), k, "2026-03-02"));
        assertEquals(d("2026-05-02"), due(clock.handlingRule(k, 3), k, "2026-03-02"));
        assertEquals(d("2026-05-02"), clock.handlingLimit(DJ, k, 1, MONDAY));
        assertEquals(d("2026-05-02"), clock.handlingLimit(DJ, k, 3, MONDAY));
    }

    @Test
    public void sessionSuggestionsAndMotionsThreeMonthsAtMostSix() {
        for (SuggestionKind k : new SuggestionKind[] { SuggestionKind.SESSION_SUGGESTION, SuggestionKind.MOTION }) {
            assertEquals(ClockRule.SESSION_REPLY, clock.handlingRule(k, 1));
            assertEquals(ClockRule.SESSION_REPLY, clock.handlingRule(k, 4));
            assertEquals(d("2026-06-02"), due(clock.handlingRule(k, 1), k, "2026-03-02"));
            assertEquals(d("2026-09-02"), clock.handlingLimit(DJ, k, 1, MONDAY));
            assertEquals(d("2026-09-02"), due(ClockRule.SESSION_MAX, k, "2026-03-02"));
        }
    }

    @Test
    public void supervisionOneMonth() {
        assertEquals(new Deadline(MONDAY, d("2026-04-02"), ClockRule.SUPERVISION, "1M", false, List.of()),
                clock.deadline(ClockRule.SUPERVISION, DJ, SuggestionKind.SESSION_SUGGESTION, MONDAY));
    }

    @Test
    public void monthsEndingShortClampToTheLastDay() {
        SuggestionKind k = SuggestionKind.INTER_SESSION_OPINION;
        assertEquals(d("2026-02-28"), due(ClockRule.HANDLING_SINGLE_UNIT, k, "2026-01-31"));
        assertEquals(d("2026-02-28"), due(ClockRule.SUPERVISION, k, "2026-01-31"));
        assertEquals(d("2026-03-31"), due(ClockRule.HANDLING_MULTI_UNIT, k, "2026-01-31"));
        assertEquals(d("2026-04-30"), due(ClockRule.HANDLING_SINGLE_UNIT, k, "2026-03-31"));
        assertEquals(d("2027-01-31"), due(ClockRule.HANDLING_SINGLE_UNIT, k, "2026-12-31"));
        assertEquals(d("2028-02-29"), due(ClockRule.HANDLING_SINGLE_UNIT, k, "2028-01-31"));
        assertEquals(d("2026-04-30"), due(ClockRule.SESSION_REPLY, SuggestionKind.SESSION_SUGGESTION, "2026-01-31"));
        assertEquals(d("2027-02-28"), due(ClockRule.SESSION_MAX, SuggestionKind.SESSION_SUGGESTION, "2026-08-31"));
        assertEquals(d("2028-02-29"), due(ClockRule.SESSION_MAX, SuggestionKind.SESSION_SUGGESTION, "2027-08-31"));
    }

    @Test
    public void calendarDaysCountWeekendsAndNeverRoll() {
        // 2026-03-07 is a Saturday: in calendar mode the county routing deadline stays there
        Deadline d = clock.deadline(ClockRule.ROUTE_COUNTY, DJ, SuggestionKind.SESSION_SUGGESTION, MONDAY);
        assertEquals(d("2026-03-07"), d.due());
        assertFalse(d.workingDays());
        assertTrue(d.skippedDays().isEmpty());
    }

    @Test
    public void noRegionOverridesMeansTheRegionTreeIsNotNeeded() {
        // an unknown region id works with global settings only
        assertEquals(d("2026-03-09"), clock.deadline(ClockRule.TOWNSHIP_REVIEW, 999, null, MONDAY).due());
        assertFalse(clock.dualEvaluation(999));
    }

    @Test
    public void weekendsAreNotWorkingDaysByDefault() {
        assertTrue(clock.isWorkingDay(d("2026-03-06")));
        assertFalse(clock.isWorkingDay(d("2026-03-07")));
        assertFalse(clock.isWorkingDay(d("2026-03-08")));
    }

    @Test
    public void todayIsInShanghaiUnlessConfigured() {
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate today = clock.today();
        LocalDate after = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertTrue(!today.isBefore(before) && !today.isAfter(after));

        HandlingClockImpl kiribati = new HandlingClockImpl(new StubRegions(), Map.of("zone", "Pacific/Kiritimati"));
        before = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        today = kiribati.today();
        after = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        assertTrue(!today.isBefore(before) && !today.isAfter(after));
    }
}
