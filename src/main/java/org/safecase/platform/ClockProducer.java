package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import java.time.ZoneId;

/**
 * Schools work on UK local time; everything that reads "now" injects this clock, the workflow
 * engine included. A demonstration or test installation (demo data on) may run at another time
 * of day with {@code SAFECASE_CLOCK_OFFSET} (ISO 8601, e.g. {@code PT10H30M}), to show or prove
 * what happens in the evening; a production installation refuses to start with it set.
 */
@ApplicationScoped
public class ClockProducer {
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");
    /** The earliest year anything SafeCase records can have happened in (and so a case reference's first year). */
    public static final int FIRST_YEAR = 2000;
    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Produces
    @ApplicationScoped
    Clock clock() {
        Config config = ConfigProvider.getConfig();
        Optional<String> offset = config.getOptionalValue("safecase.clock.offset", String.class).filter(o -> !o.isBlank());
        if (offset.isEmpty()) {
            return Clock.system(SCHOOL_ZONE);
        }
        if (!config.getOptionalValue("safecase.demo-data", Boolean.class).orElse(false)) {
            throw new IllegalStateException("SAFECASE_CLOCK_OFFSET is for demonstration and test installations only "
                    + "(SAFECASE_DEMO_DATA=true); unset it: deadlines would be wrong");
        }
        Duration shift = Duration.parse(offset.get().strip());
        LOG.warning(() -> "The clock runs " + shift + " from real time (SAFECASE_CLOCK_OFFSET); demonstration only");
        return Clock.offset(Clock.system(SCHOOL_ZONE), shift);
    }
}
