package org.safecase.calendar;

import java.time.Duration;
import java.time.LocalTime;

/** The school's working hours: deadlines count time between {@code start} and {@code end} only. */
public record SchoolDay(LocalTime start, LocalTime end) {
    public static final SchoolDay DEFAULT = new SchoolDay(LocalTime.of(8, 30), LocalTime.of(16, 30));

    public SchoolDay {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The school day must end after it starts");
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
