package org.safecase.calendar;

import org.safecase.identity.Nation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One school's working time (R-X-1): weekdays that are neither bank holidays of its nation
 * nor its closures, between the hours of its school day. Adding working time to a moment that
 * falls outside it starts counting at the next school morning.
 */
public final class SchoolCalendar {
    /** Ten years of closures in a row is a data error, not a calendar: stop looking then. */
    private static final int MAX_DAYS_SEARCHED = 3660;

    private final Nation nation;
    private final List<ClosurePeriod> closures;
    private final SchoolDay day;
    private final Map<Integer, Set<LocalDate>> bankHolidays = new HashMap<>();

    public SchoolCalendar(Nation nation, List<ClosurePeriod> closures, SchoolDay day) {
        this.nation = nation;
        this.closures = List.copyOf(closures);
        this.day = day;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !UkBankHolidays.isWeekend(date)
                && !bankHolidays.computeIfAbsent(date.getYear(), year -> UkBankHolidays.of(nation, year)).contains(date)
                && closures.stream().noneMatch(closure -> closure.contains(date));
    }

    /** The moment {@code period} of working time after {@code from}. */
    public LocalDateTime plus(LocalDateTime from, WorkingPeriod period) {
        Duration remaining = period.workingTime(day.length());
        LocalDateTime cursor = firstWorkingMomentFrom(from);
        while (true) {
            Duration leftToday = Duration.between(cursor, cursor.toLocalDate().atTime(day.end()));
            if (remaining.compareTo(leftToday) <= 0) {
                return cursor.plus(remaining);
            }
            remaining = remaining.minus(leftToday);
            cursor = nextWorkingDay(cursor.toLocalDate()).atTime(day.start());
        }
    }

    /** {@code from} itself if it is in school hours, otherwise the start of the next school day. */
    public LocalDateTime firstWorkingMomentFrom(LocalDateTime from) {
        LocalDate date = from.toLocalDate();
        if (isWorkingDay(date) && from.toLocalTime().isBefore(day.end())) {
            return from.toLocalTime().isBefore(day.start()) ? date.atTime(day.start()) : from;
        }
        return nextWorkingDay(date).atTime(day.start());
    }

    /**
     * Issue #15 item 3 (R-X-4): how many whole working days passed between two moments, as the
     * governors' report counts a response time. Counting starts at {@link #firstWorkingMomentFrom}
     * {@code from} (a report made on a Saturday or after school counts from the next school
     * morning) and counts each working day after that day up to and including the day of {@code to}:
     * an answer the same school day is 0, the next working day 1. Weekends, bank holidays of the
     * school's nation and its closures are not counted. Never negative.
     */
    public long workingDaysBetween(LocalDateTime from, LocalDateTime to) {
        LocalDate start = firstWorkingMomentFrom(from).toLocalDate();
        LocalDate end = to.toLocalDate();
        long days = 0;
        for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                days++;
            }
        }
        return days;
    }

    private LocalDate nextWorkingDay(LocalDate after) {
        LocalDate date = after.plusDays(1);
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                return date;
            }
        }
        throw new IllegalStateException("No working day within ten years after " + after + ": check the closures");
    }
}
