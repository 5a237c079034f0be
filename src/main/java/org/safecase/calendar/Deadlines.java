package org.safecase.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deadline lengths, in working time (ISO 8601: {@code P1D}, {@code PT4H}). Configuration, not
 * code: each can be set with an environment variable, e.g. {@code SAFECASE_DEADLINE_TRIAGE=P2D}.
 */
@ApplicationScoped
public class Deadlines {
    @Inject
    @ConfigProperty(name = "safecase.deadline.triage", defaultValue = "P1D")
    String triage;

    @Inject
    @ConfigProperty(name = "safecase.deadline.removal-response", defaultValue = "P5D")
    String removalResponse;

    /** R-ST-6a: "48 hours" of working time is read as two school days (configurable). */
    @Inject
    @ConfigProperty(name = "safecase.deadline.provider-response", defaultValue = "P2D")
    String providerResponse;

    /**
     * R-X-1a's exception: an urgent case (immediate danger to staff, a child at immediate risk, an
     * adult involved) has its first step due in clock time, evenings and weekends included.
     */
    @Inject
    @ConfigProperty(name = "safecase.deadline.urgent", defaultValue = "PT2H")
    String urgent;

    /** How long, in clock time, the first step of an urgent case may take, e.g. {@code PT2H}. */
    public java.time.Duration urgent() {
        try {
            return java.time.Duration.parse(urgent.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("SAFECASE_DEADLINE_URGENT is not an ISO 8601 duration such as PT2H: " + urgent, e);
        }
    }

    /** R-ST-13: how long the staff member has to say whether they are satisfied before the case closes as "no answer". */
    @Inject
    @ConfigProperty(name = "safecase.deadline.satisfaction", defaultValue = "P10D")
    String satisfaction;

    public String satisfaction() {
        return checked(satisfaction);
    }

    /** R-ST-5: how long a known poster has to remove the material before a provider takedown. */
    public String removalResponse() {
        return checked(removalResponse);
    }

    /** R-ST-6a: waiting time after reporting to a provider before escalating to the helpline. */
    public String providerResponse() {
        return checked(providerResponse);
    }

    /** R-ST-4: how long the online-safety lead (or DSL) has to triage a new report, e.g. {@code P1D}. */
    public String triage() {
        return checked(triage);
    }

    /** A misconfigured length fails here, at the first report, with the offending value named. */
    private static String checked(String period) {
        WorkingPeriod.parse(period);
        return period.strip();
    }
}
