package org.safecase.calendar;

import java.time.LocalDate;

/** Days a school is closed (holidays, training days), first and last day included. */
public record ClosurePeriod(LocalDate firstDay, LocalDate lastDay) {
    public ClosurePeriod {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("A closure cannot end before it starts");
        }
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
