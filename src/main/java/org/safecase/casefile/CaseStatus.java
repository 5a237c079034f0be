package org.safecase.casefile;

/** Where a case stands. */
public enum CaseStatus {
    REPORTED,
    TRIAGED,
    CLOSED
}
