package org.safecase.platform;

/**
 * Fired synchronously, in the closing transaction, when a case is closed (R-ST-13, R-SX-7):
 * the retention schedule (R-X-5, issue #15 item 5) computes the day the case falls due.
 *
 * @param incidentId the case's {@code incident.id}
 * @param reference  the case reference
 */
public record CaseClosed(Long incidentId, String reference) {
}
