package org.safecase.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * R-X-1 (first cut): deadlines count working days only, and fall at the end of a school day.
 * Weekends are skipped; bank holidays and school closures come with the full working-day
 * calendar (issue #3).
 */
public final class WorkingDays {
    /** When a deadline "by the end of the day" falls. */
    public static final LocalTime END_OF_SCHOOL_DAY = LocalTime.of(17, 0);

    private WorkingDays() {
    }

    /** The end of the school day that is {@code days} working days after {@code from}. */
    public static LocalDateTime endOfWorkingDayAfter(LocalDateTime from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1");
        }
        LocalDate date = from.toLocalDate();
        int remaining = days;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date.atTime(END_OF_SCHOOL_DAY);
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
