package org.lianxin.core.internal.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday, less public holidays, plus the make-up working days (调休)
 * that fall on weekends.
 */
public final class WorkCalendar {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    public WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    public static WorkCalendar weekendsOnly() {
        return new WorkCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    /**
     * Parses a list of dates and ranges: {@code 2026-01-01, 2026-02-15..2026-02-23}.
     *
     * @throws IllegalArgumentException naming the entry that is not a date or range
     */
    public static Set<LocalDate> parseDays(String text) {
        Set<LocalDate> days = new HashSet<>();
        if (text == null || text.isBlank()) {
            return days;
        }
        for (String entry : text.split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                int dots = entry.indexOf("..");
                if (dots < 0) {
                    days.add(LocalDate.parse(entry));
                    continue;
                }
                LocalDate from = LocalDate.parse(entry.substring(0, dots));
                LocalDate to = LocalDate.parse(entry.substring(dots + 2));
                if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
                    throw new IllegalArgumentException("bad day range '" + entry + "'");
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    days.add(d);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date or range: '" + entry + "'", e);
            }
        }
        return days;
    }
}
