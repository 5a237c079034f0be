/**
 * Issue #15 item 5, R-X-5: retention and destruction. Owns {@code retention_schedule} (each closed
 * case's due date, as a DATE: never a Flowable timer, whose tables end in 2038), {@code legal_hold},
 * the append-only {@code destruction_log}, and the daily job ({@code retention_run}) and the
 * background destruction runs ({@code destruction_run}). The DSL (their school's child-protection
 * records) or an LA admin confirms destruction on {@code oversight/retention.xhtml}; a legal hold,
 * set and lifted by an LA admin, blocks it. Destruction removes the case's rows in every feature's
 * tables (those of other features through {@link org.safecase.platform.CaseDestroying}) and its
 * processes in the engine (through {@link org.safecase.workflow.CaseProcessRemoval}), in one transaction.
 */
package org.safecase.oversight.retention;
