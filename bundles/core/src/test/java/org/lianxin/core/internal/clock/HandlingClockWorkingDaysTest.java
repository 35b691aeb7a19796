package org.lianxin.core.internal.clock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.lianxin.core.internal.clock.StubRegions.DJ;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.Deadline;
import org.lianxin.api.dto.SuggestionKind;

/**
 * Working-day counting ({@code days=WORKING}), the {@code WD} unit, and the China 2026 holiday table: Spring
 * Festival 2026-02-15..2026-02-23, make-up working days (调休) on Saturdays 2026-02-14 and 2026-02-28.
 */
public class HandlingClockWorkingDaysTest {
    private static final SuggestionKind K = SuggestionKind.INTER_SESSION_OPINION;

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static List<LocalDate> days(String from, String to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate x = d(from); !x.isAfter(d(to)); x = x.plusDays(1)) {
            out.add(x);
        }
        return out;
    }

    private static HandlingClockImpl clock(String... keyValues) {
        Map<String, Object> config = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put(keyValues[i], keyValues[i + 1]);
        }
        return new HandlingClockImpl(new StubRegions(), config);
    }

    private static HandlingClockImpl china(String daysMode, String... more) {
        List<String> kv = new ArrayList<>(List.of("days", daysMode, "holidays", WorkCalendarTest.SPRING_FESTIVAL_2026,
                "workdays", WorkCalendarTest.MAKE_UP_2026));
        kv.addAll(List.of(more));
        return clock(kv.toArray(new String[0]));
    }

    private static Deadline deadline(HandlingClockImpl clock, ClockRule rule, String start) {
        return clock.deadline(rule, DJ, K, d(start));
    }

    // --- weekends only ---------------------------------------------------------------------------------

    @Test
    public void workingModeSkipsWeekends() {
        HandlingClockImpl c = clock("days", "WORKING");
        // from Friday 2026-03-06: five working days end on Friday 2026-03-13
        assertEquals(new Deadline(d("2026-03-06"), d("2026-03-13"), ClockRule.ROUTE_COUNTY, "5D", true,
                List.of(d("2026-03-07"), d("2026-03-08"))), deadline(c, ClockRule.ROUTE_COUNTY, "2026-03-06"));
        // one week = seven working days in working mode
        assertEquals(new Deadline(d("2026-03-06"), d("2026-03-17"), ClockRule.TOWNSHIP_REVIEW, "7D", true,
                List.of(d("2026-03-07"), d("2026-03-08"), d("2026-03-14"), d("2026-03-15"))),
                deadline(c, ClockRule.TOWNSHIP_REVIEW, "2026-03-06"));
        // daysMode is case-insensitive
        assertEquals(d("2026-03-13"), deadline(clock("days", "working"), ClockRule.ROUTE_COUNTY, "2026-03-06").due());
    }

    @Test
    public void monthDueOnAWeekendRollsToMondayInWorkingModeOnly() {
        // 2026-01-31 + 1M = Saturday 2026-02-28
        Deadline working = deadline(clock("days", "WORKING"), ClockRule.HANDLING_SINGLE_UNIT, "2026-01-31");
        assertEquals(d("2026-03-02"), working.due());
        assertEquals(List.of(d("2026-02-28"), d("2026-03-01")), working.skippedDays());
        Deadline calendar = deadline(clock("days", "CALENDAR"), ClockRule.HANDLING_SINGLE_UNIT, "2026-01-31");
        assertEquals(d("2026-02-28"), calendar.due());
        assertTrue(calendar.skippedDays().isEmpty());
        assertFalse(calendar.workingDays());
    }

    @Test
    public void workingDayUnitCountsWorkingDaysEvenInCalendarMode() {
        HandlingClockImpl c = clock("rule.ROUTE_COUNTY", "5WD");
        Deadline d = deadline(c, ClockRule.ROUTE_COUNTY, "2026-03-06");
        assertEquals(new Deadline(d("2026-03-06"), d("2026-03-13"), ClockRule.ROUTE_COUNTY, "5WD", false,
                List.of(d("2026-03-07"), d("2026-03-08"))), d);
        // the other rules still count calendar days
        assertEquals(d("2026-03-11"), deadline(c, ClockRule.ROUTE_TOWNSHIP, "2026-03-08").due());
    }

    // --- China 2026 holiday table ------------------------------------------------------------------------

    @Test
    public void springFestivalIsSkippedAndMakeUpSaturdayCounts() {
        HandlingClockImpl c = china("WORKING");
        // Thu 12 Feb: Fri 13 (1), make-up Sat 14 (2), holiday 15..23, Tue 24 (3), Wed 25 (4), Thu 26 (5)
        assertEquals(new Deadline(d("2026-02-12"), d("2026-02-26"), ClockRule.ROUTE_COUNTY, "5D", true,
                days("2026-02-15", "2026-02-23")), deadline(c, ClockRule.ROUTE_COUNTY, "2026-02-12"));
        // seven working days from Thu 12 Feb end on the make-up Saturday 28 Feb
        Deadline review = deadline(c, ClockRule.TOWNSHIP_REVIEW, "2026-02-12");
        assertEquals(d("2026-02-28"), review.due());
        assertEquals(days("2026-02-15", "2026-02-23"), review.skippedDays());
        // Wed 25 Feb + 3 working days: Thu 26, Fri 27, make-up Sat 28, nothing skipped
        Deadline township = deadline(c, ClockRule.ROUTE_TOWNSHIP, "2026-02-25");
        assertEquals(d("2026-02-28"), township.due());
        assertTrue(township.skippedDays().isEmpty());
    }

    @Test
    public void startingOnAHolidayCountsFromTheFirstWorkingDay() {
        Deadline d = deadline(china("WORKING"), ClockRule.ROUTE_CITY, "2026-02-16");
        assertEquals(d("2026-02-26"), d.due());
        assertEquals(days("2026-02-17", "2026-02-23"), d.skippedDays());
    }

    @Test
    public void dueDateOnAHolidayRollsToTheNextWorkingDayAndReportsTheSkippedDays() {
        // 2026-01-16 + 1M = Mon 2026-02-16, inside the Spring Festival
        Deadline sup = deadline(china("WORKING"), ClockRule.SUPERVISION, "2026-01-16");
        assertEquals(new Deadline(d("2026-01-16"), d("2026-02-24"), ClockRule.SUPERVISION, "1M", true,
                days("2026-02-16", "2026-02-23")), sup);
        // session reply 2025-11-15 + 3M = Sun 2026-02-15, first day of the festival
        Deadline session = china("WORKING").deadline(ClockRule.SESSION_REPLY, DJ, SuggestionKind.SESSION_SUGGESTION,
                d("2025-11-15"));
        assertEquals(d("2026-02-24"), session.due());
        assertEquals(days("2026-02-15", "2026-02-23"), session.skippedDays());
    }

    @Test
    public void monthEndOnAMakeUpWorkdayStays() {
        // 2026-01-31 + 1M = Sat 2026-02-28, a make-up working day in 2026
        Deadline d = deadline(china("WORKING"), ClockRule.HANDLING_SINGLE_UNIT, "2026-01-31");
        assertEquals(d("2026-02-28"), d.due());
        assertTrue(d.skippedDays().isEmpty());
    }

    @Test
    public void calendarModeIgnoresTheHolidayTableForPlainDays() {
        HandlingClockImpl c = china("CALENDAR");
        Deadline route = deadline(c, ClockRule.ROUTE_COUNTY, "2026-02-12");
        assertEquals(d("2026-02-17"), route.due());
        assertTrue(route.skippedDays().isEmpty());
        assertEquals(d("2026-02-16"), deadline(c, ClockRule.SUPERVISION, "2026-01-16").due());
    }

    @Test
    public void workingDayUnitUsesTheHolidayTableInCalendarMode() {
        HandlingClockImpl c = china("CALENDAR", "rule.ROUTE_COUNTY", "5WD");
        Deadline d = deadline(c, ClockRule.ROUTE_COUNTY, "2026-02-12");
        assertEquals(d("2026-02-26"), d.due());
        assertEquals("5WD", d.period());
        assertFalse(d.workingDays());
        assertEquals(days("2026-02-15", "2026-02-23"), d.skippedDays());
    }

    @Test
    public void isWorkingDayFollowsTheTable() {
        HandlingClockImpl c = china("CALENDAR");
        assertTrue(c.isWorkingDay(d("2026-02-14")));
        assertFalse(c.isWorkingDay(d("2026-02-16")));
        assertFalse(c.isWorkingDay(d("2026-02-21")));
        assertTrue(c.isWorkingDay(d("2026-02-24")));
        assertTrue(c.isWorkingDay(d("2026-02-28")));
        assertFalse(c.isWorkingDay(d("2026-03-01")));
        assertFalse(c.isWorkingDay(d("2026-01-01")));
    }
}
