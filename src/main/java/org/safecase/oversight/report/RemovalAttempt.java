package org.safecase.oversight.report;

import java.time.LocalDate;

/**
 * One request to take material down, on a case reported in the year: to the poster (R-ST-5,
 * table {@code removal_request}: REMOVED, REFUSED, IGNORED, or no answer yet) or to a provider
 * (R-ST-6, {@code provider_report}: REMOVED, REFUSED, NO_REPLY, or SENT and waiting), with the
 * days it was asked and answered.
 */
public record RemovalAttempt(long schoolId, boolean provider, LocalDate askedOn, String outcome, LocalDate answeredOn) {
    static final String REMOVED = "REMOVED";
    static final String REFUSED = "REFUSED";

    boolean removed() {
        return REMOVED.equals(outcome);
    }

    boolean refused() {
        return REFUSED.equals(outcome);
    }

    /** The poster ignored the request by its deadline, or the provider did not reply in time. */
    boolean unanswered() {
        return "IGNORED".equals(outcome) || "NO_REPLY".equals(outcome);
    }
}
