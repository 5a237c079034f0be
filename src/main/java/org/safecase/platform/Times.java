package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as pages show them, in school-local time ({@code #{times.local(...)}},
 * {@code #{times.instant(...)}}), in the reader's language: the patterns are the bundle's
 * {@code format.day} and {@code format.dateTime} (UK style in en-GB), the day and month names
 * the locale's.
 */
@Named("times")
@ApplicationScoped
public class Times {
    public String instant(Instant instant) {
        return instant == null ? "" : shown(Locales.current()).format(instant.atZone(ClockProducer.SCHOOL_ZONE));
    }

    public String day(java.time.LocalDate day) {
        return day == null ? "" : pattern(Locales.current(), "format.day").format(day);
    }

    public String local(LocalDateTime schoolLocal) {
        return schoolLocal == null ? "" : shown(Locales.current()).format(schoolLocal);
    }

    private static DateTimeFormatter shown(Locale locale) {
        return pattern(locale, "format.dateTime");
    }

    private static DateTimeFormatter pattern(Locale locale, String key) {
        return DateTimeFormatter.ofPattern(Messages.text(locale, key), locale);
    }
}
