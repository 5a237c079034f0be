package org.safecase.platform;

/**
 * R-X-5 (issue #15 item 5): fired synchronously inside the transaction that destroys a case, before
 * the case's own incident row goes. Every feature that keeps rows or files of a case (notes, evidence,
 * subject-access requests, pattern keys...) observes it and deletes its own; a failing observer rolls
 * the whole destruction back, so a case is destroyed completely or not at all. Audit rows are not
 * deleted: they hold references only and outlive the case (R-X-3).
 *
 * @param incidentId the case's {@code incident.id}
 * @param reference  the case reference (its Flowable business key)
 */
public record CaseDestroying(Long incidentId, String reference) {
}
