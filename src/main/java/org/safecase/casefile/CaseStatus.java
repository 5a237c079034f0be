package org.safecase.casefile;

import java.util.List;

/**
 * Where a case stands, stored on the incident and kept up to date by the record writers
 * ({@link CaseRecords}), in the order a case usually passes through them.
 */
public enum CaseStatus {
    REPORTED,
    TRIAGED,
    IN_PROGRESS,
    AWAITING_POSTER,
    AWAITING_PROVIDER,
    WITH_HR,
    WITH_POLICE,
    REFERRED,
    HANDLED_IN_SCHOOL,
    CLOSED;

    /**
     * When the records of an open case imply several statuses, the first of these is the case's:
     * police, then HR, then provider, then poster, then (child protection) referred or handled in
     * school, then in progress, then triaged. None: reported.
     */
    static final List<CaseStatus> PRECEDENCE = List.of(WITH_POLICE, WITH_HR, AWAITING_PROVIDER, AWAITING_POSTER,
            REFERRED, HANDLED_IN_SCHOOL, IN_PROGRESS, TRIAGED);
}
