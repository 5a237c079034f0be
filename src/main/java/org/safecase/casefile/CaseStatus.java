package org.safecase.casefile;

/**
 * Where a case stands, stored on the incident and kept up to date by the record writers
 * ({@link CaseRecords}). When several apply, the first in this order is the case's status:
 * police, then HR, then provider, then poster, then (child protection) referred or handled in
 * school, then in progress.
 */
public enum CaseStatus {
    CLOSED,
    WITH_POLICE,
    WITH_HR,
    AWAITING_PROVIDER,
    AWAITING_POSTER,
    REFERRED,
    HANDLED_IN_SCHOOL,
    IN_PROGRESS,
    TRIAGED,
    REPORTED
}
