package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as pages show them: UK style, school-local time ({@code #{times.local(...)}}, {@code #{times.instant(...)}}). */
@Named("times")
@ApplicationScoped
public class Times {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    public String instant(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(ClockProducer.SCHOOL_ZONE));
    }

    public String day(java.time.LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String local(LocalDateTime schoolLocal) {
        return schoolLocal == null ? "" : SHOWN.format(schoolLocal);
    }
}
