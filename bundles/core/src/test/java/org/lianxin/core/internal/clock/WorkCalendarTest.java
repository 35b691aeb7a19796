package org.lianxin.core.internal.clock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.Set;

import org.junit.Test;

/** Working days: Monday to Friday, less holidays, plus make-up working days (调休) on weekends. */
public class WorkCalendarTest {
    /** China 2026: Spring Festival 15-23 February, make-up working days Saturday 14 and Saturday 28 February. */
    static final String SPRING_FESTIVAL_2026 = "2026-01-01, 2026-02-15..2026-02-23";
    static final String MAKE_UP_2026 = "2026-02-14 2026-02-28";

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private final WorkCalendar china = new WorkCalendar(WorkCalendar.parseDays(SPRING_FESTIVAL_2026),
            WorkCalendar.parseDays(MAKE_UP_2026));

    @Test
    public void weekendsOnly() {
        WorkCalendar c = WorkCalendar.weekendsOnly();
        assertTrue(c.isWorkingDay(d("2026-03-06"))); // Friday
        assertFalse(c.isWorkingDay(d("2026-03-07"))); // Saturday
        assertFalse(c.isWorkingDay(d("2026-03-08"))); // Sunday
        assertTrue(c.isWorkingDay(d("2026-03-09"))); // Monday
        assertTrue(c.isWorkingDay(d("2026-02-16"))); // no holiday table
    }

    @Test
    public void holidaysAreNotWorkingDays() {
        for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
            assertFalse(day.toString(), china.isWorkingDay(day));
            assertTrue(day.toString(), china.isHoliday(day));
        }
        assertFalse(china.isWorkingDay(d("2026-01-01"))); // a Thursday
        assertTrue(china.isWorkingDay(d("2026-02-13")));
        assertTrue(china.isWorkingDay(d("2026-02-24")));
        assertFalse(china.isHoliday(d("2026-02-24")));
    }

    @Test
    public void makeUpWorkdaysOnWeekendsAreWorkingDays() {
        assertEquals("SATURDAY", d("2026-02-14").getDayOfWeek().name());
        assertEquals("SATURDAY", d("2026-02-28").getDayOfWeek().name());
        assertTrue(china.isWorkingDay(d("2026-02-14")));
        assertTrue(china.isWorkingDay(d("2026-02-28")));
        assertFalse(china.isWorkingDay(d("2026-03-01"))); // the Sunday after stays off
        assertFalse(china.isWorkingDay(d("2026-02-07"))); // an ordinary Saturday
    }

    @Test
    public void parsesDatesAndRangesSeparatedByCommasOrSpaces() {
        Set<LocalDate> days = WorkCalendar.parseDays(SPRING_FESTIVAL_2026);
        assertEquals(10, days.size());
        assertTrue(days.contains(d("2026-01-01")));
        assertTrue(days.contains(d("2026-02-15")));
        assertTrue(days.contains(d("2026-02-23")));
        assertEquals(Set.of(d("2026-02-14"), d("2026-02-28")), WorkCalendar.parseDays(MAKE_UP_2026));
        assertEquals(Set.of(d("2026-10-01")), WorkCalendar.parseDays("2026-10-01..2026-10-01"));
        assertTrue(WorkCalendar.parseDays(null).isEmpty());
        assertTrue(WorkCalendar.parseDays("  ").isEmpty());
        assertEquals(2, WorkCalendar.parseDays(" 2026-05-01 ,, 2026-05-02 ").size());
    }

    @Test
    public void badEntriesAreNamed() {
        for (String entry : new String[] { "2026-02-30", "2026-13-01", "2026/02/15", "spring",
                "2026-02-23..2026-02-15", "2026-02-15..", "2026-01-01..2027-06-01" }) {
            try {
                WorkCalendar.parseDays("2026-01-01, " + entry);
                fail("accepted " + entry);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("'" + entry + "'"));
            }
        }
    }
}
