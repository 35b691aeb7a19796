package org.lianxin.core.internal.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Adds a period to a start date on a work calendar, remembering which non-working days it stepped over. */
public final class DeadlineCalculator {

    /** The due date and the non-working days skipped (working-day counting) or rolled over (end on a holiday). */
    public record Result(LocalDate due, List<LocalDate> skipped) {
    }

    private DeadlineCalculator() {
    }

    /**
     * @param workingDays whether plain days count as working days and a due date on a non-working day moves
     *                    to the next working day
     */
    public static Result due(LocalDate start, PeriodSpec period, WorkCalendar calendar, boolean workingDays) {
        List<LocalDate> skipped = new ArrayList<>();
        LocalDate due;
        switch (period.unit()) {
            case WORKING_DAYS -> due = addWorkingDays(start, period.amount(), calendar, skipped);
            case DAYS -> due = workingDays ? addWorkingDays(start, period.amount(), calendar, skipped)
                    : start.plusDays(period.amount());
            case MONTHS -> due = start.plusMonths(period.amount());
            default -> throw new IllegalStateException(period.unit().name());
        }
        if (workingDays) {
            while (!calendar.isWorkingDay(due)) {
                skipped.add(due);
                due = due.plusDays(1);
            }
        }
        return new Result(due, skipped);
    }

    private static LocalDate addWorkingDays(LocalDate start, int n, WorkCalendar calendar, List<LocalDate> skipped) {
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            } else {
                skipped.add(day);
            }
        }
        return day;
    }
}
