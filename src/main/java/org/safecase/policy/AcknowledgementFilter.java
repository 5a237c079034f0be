package org.safecase.policy;

/** Which of the school's staff the head teacher's list shows. */
public enum AcknowledgementFilter {
    /** Those who have not acknowledged the version in force (the list opens on them). */
    OUTSTANDING,
    ACKNOWLEDGED,
    ALL
}
