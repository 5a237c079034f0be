package org.safecase.calendar;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * A deadline length in working time, written as ISO 8601: {@code P2D} is two school days,
 * {@code PT4H} four school hours. Deadline lengths are configuration, so they are parsed here.
 */
public record WorkingPeriod(int days, Duration time) {
    public WorkingPeriod {
        if (days < 0 || time.isNegative() || (days == 0 && time.isZero())) {
            throw new IllegalArgumentException("A deadline must be a positive length of working time");
        }
    }

    public static WorkingPeriod parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (value.startsWith("PT")) {
                return new WorkingPeriod(0, Duration.parse(value));
            }
            Period period = Period.parse(value);
            if (period.getYears() != 0 || period.getMonths() != 0) {
                throw new IllegalArgumentException("Give working deadlines in days (P5D) or hours (PT4H), not " + text);
            }
            return new WorkingPeriod(period.getDays(), Duration.ZERO);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a working-time length (use P2D or PT4H): " + text, e);
        }
    }

    /** The working time this period stands for, given the length of the school day. */
    Duration workingTime(Duration schoolDay) {
        return schoolDay.multipliedBy(days).plus(time);
    }
}
