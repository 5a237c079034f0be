package org.safecase.platform;

/**
 * Issue #15 item 4: fired synchronously inside the transaction that recorded something of a case
 * that may name an account, web address or phone number (the report, a record of the case, a web
 * address kept as evidence), so the cross-school patterns key it at once. Carries the id only: the
 * observer reads what it keys itself and never holds the text beyond the keying.
 *
 * @param incidentId the case's {@code incident.id}
 */
public record CaseIdentifiersRecorded(Long incidentId) {
}
