package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** Schools work on UK local time; everything that reads "now" injects this clock. */
@ApplicationScoped
public class ClockProducer {
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(SCHOOL_ZONE);
    }
}
