package org.safecase.platform;

/** What happened to a case, for the audit trail (R-X-3). */
public enum AuditAction {
    INCIDENT_REPORTED,
    CASE_VIEWED,
    /** The case's timeline was read (R-X-3). */
    TIMELINE_VIEWED,
    /** The case's evidence list was read (R-X-3). */
    EVIDENCE_LISTED,
    /** The children's records of a child-protection case were read (R-X-3). */
    CHILD_RECORDS_VIEWED,
    TASK_CLAIMED,
    TASK_COMPLETED,
    /** A task given back to its groups by the person who held it (issue #10). */
    TASK_UNCLAIMED,
    /** A task handed to another member of its group, or taken over by one. */
    TASK_REASSIGNED,
    /** An LA admin rewrote drifted inbox tasks from the engine. */
    INBOX_REPAIRED,
    /** A staff case became a child-protection case (R-SX-1); its files were withheld (R-SX-2). */
    CASE_RECATEGORISED,
    /** The DSL asked for a referral after handling in school began (R-SX-4). */
    REFERRAL_REQUESTED,
    EVIDENCE_ADDED,
    EVIDENCE_DOWNLOADED,
    /** Someone not allowed tried to open a child-protection case (R-SX-1). */
    ACCESS_REFUSED,
    /** Someone exported the case register as CSV (subject {@code cases-export}). */
    CASES_EXPORTED,
    /** An API token was made (subject {@code token:<id>}; item 1 of issue #12). */
    TOKEN_CREATED,
    /** An API token was revoked (subject {@code token:<id>}). */
    TOKEN_REVOKED,
    /** An API token was refused: unknown, expired, revoked, its user inactive, or read only and used to change something. */
    TOKEN_REFUSED,
    /** Sign-in locked after repeated failures (subject {@code user:<id>}, or a hash of the name as typed, or of the address; item 2). */
    SIGN_IN_LOCKED,
    /** A second factor (TOTP) was enrolled and recovery codes issued (subject {@code user:<id>}; issue #13 item 2). */
    SECOND_FACTOR_ENROLLED,
    /** A recovery code was used in place of a TOTP code (subject {@code user:<id>}). */
    RECOVERY_CODE_USED,
    /**
     * A second factor was refused (subject {@code user:<id>}): a wrong or reused code, a code while
     * locked, or HTTP Basic for a user who needs a second factor ({@code basic:user:<id>}).
     */
    SECOND_FACTOR_REFUSED,
    /** A user was linked to an identity at the LA's OpenID Connect provider by e-mail, at first sign-in (subject {@code user:<id>}; issue #13 item 1). */
    IDENTITY_LINKED,
    /**
     * A single sign-on was refused: an inactive user ({@code user:<id>}), an identity linked to nobody
     * ({@code sso:} and a hash of issuer and subject), or a failed exchange with the provider ({@code sso:failed}).
     */
    SINGLE_SIGN_ON_REFUSED,
    /** An LA admin added a school (subject {@code school:<id>}; issue #13 item 3). */
    SCHOOL_CREATED,
    /** An LA admin changed a school's name, number, nation or hours (subject {@code school:<id>}). */
    SCHOOL_CHANGED,
    /** An LA admin made a user, by hand or by import (subject {@code user:<id>}). */
    USER_CREATED,
    /** An LA admin corrected a user's name, e-mail, school or roles (subject {@code user:<id>}). */
    USER_CHANGED,
    /** A head teacher or LA admin changed a user's roles (subject {@code user:<id>}); their sessions ended. */
    ROLES_CHANGED,
    /** A user was deactivated: sessions and tokens ended, cases kept (subject {@code user:<id>}). */
    USER_DEACTIVATED,
    /** A deactivated user was made active again (subject {@code user:<id>}). */
    USER_REACTIVATED,
    /** A link to set a password was asked for, to be mailed (subject {@code user:<id>}). */
    PASSWORD_LINK_ISSUED,
    /** A user set their password with a link (subject {@code user:<id>}). */
    PASSWORD_SET,
    /** An LA admin imported staff from a CSV file (subject {@code import}; one USER_CREATED per user). */
    STAFF_IMPORTED,
    /** An LA admin removed a user's second factor and recovery codes (subject {@code user:<id>}; they enrol again). */
    SECOND_FACTOR_RESET,
    /** An LA admin required a second factor, or stopped requiring it (subject {@code la:<id>:required|optional}). */
    SECOND_FACTOR_SETTING_CHANGED,
    /** Issue #14: an LA admin deployed a process model or decision table as a new version (subject {@code model:<key>:<version>}). */
    MODEL_DEPLOYED,
    /** Issue #14: an LA admin suspended a model version: it starts no new cases (subject {@code model:<key>:<version>}). */
    MODEL_SUSPENDED,
    /** Issue #14: an LA admin activated a suspended model version again (subject {@code model:<key>:<version>}). */
    MODEL_ACTIVATED,
    /** Issue #14: an LA admin set aside the model shipped with a newer SafeCase (subject {@code model:<key>}). */
    SHIPPED_MODEL_SET_ASIDE,
    /** Issue #14: a case was moved to another version of its model (subject: the case reference). */
    CASE_MIGRATED,
    /**
     * An LA admin ran a failed job's next attempt now (subject: its case's reference, so the case's
     * timeline tells it, or {@code job:<id>} for a job of no case; issue #14 item 9).
     */
    FAILED_JOB_RETRIED,
    /** An LA admin moved a dead-letter job back to run again (subject as {@link #FAILED_JOB_RETRIED}). */
    FAILED_JOB_MOVED_BACK,
    /** Issue #15 item 1: a case list was read: the case register searched or paged (subject {@code cases-search}, or the reference asked for), or one's own reports ({@code my-reports}). */
    CASES_LISTED,
    /** Issue #15 item 1: the inbox (a page of tasks) was read (subject {@code inbox}). */
    TASKS_LISTED,
    /** Issue #15 item 1: a task was opened (subject: its case's reference, or {@code task:<id>}). */
    TASK_VIEWED,
    /** Issue #15 item 1: a case's access log was read (subject: the case reference). */
    ACCESS_LOG_VIEWED,
    /** Issue #15 item 1: a removal letter was downloaded (subject: the case reference). */
    LETTER_DOWNLOADED,
    /** Issue #15 item 1: an LA admin searched the audit trail (subject {@code audit}). */
    AUDIT_SEARCHED,
    /** Issue #15 item 1: an LA admin checked the audit trail's hash chain (subject {@code audit-chain:<la id>}). */
    AUDIT_CHAIN_CHECKED,
    /**
     * Issue #15 item 5 (R-X-5): the DSL or an LA admin confirmed the destruction of a record due
     * (subject: the case reference; one row per record, a confirmed run included).
     */
    RETENTION_DESTRUCTION_CONFIRMED,
    /** Issue #15 item 5: a case was destroyed at the end of its retention period (subject: its reference; actor: who confirmed). */
    CASE_DESTROYED,
    /** Issue #15 item 5: an LA admin set a legal hold on a case: it cannot be destroyed (subject: the case reference). */
    LEGAL_HOLD_SET,
    /** Issue #15 item 5: an LA admin lifted a legal hold (subject: the case reference). */
    LEGAL_HOLD_LIFTED,
    // Issue #15 items 3 and 4 (report): the governors' annual report and the LA dashboard (R-X-4).
    /** The governors' annual report of a school was shown (subject {@code report:school:<id>:<year>}; figures only). */
    GOVERNORS_REPORT_VIEWED,
    /** The governors' annual report was downloaded as CSV or PDF (subject {@code report:school:<id>:<year>:csv|pdf}). */
    GOVERNORS_REPORT_DOWNLOADED,
    /** An LA admin opened the LA dashboard of a school year (subject {@code report:la:<id>:<year>}). */
    LA_DASHBOARD_VIEWED,
    /** An LA admin downloaded the LA's figures as CSV or PDF (subject {@code report:la:<id>:<year>:csv|pdf}). */
    LA_DASHBOARD_DOWNLOADED,
    // Issue #15 item 6: policy acknowledgement (R-X-6)
    /** A head teacher or LA admin published a new version of a school's online-safety policy (subject {@code policy:<school id>:<version>}). */
    POLICY_PUBLISHED,
    /** A member of staff acknowledged a version of their school's online-safety policy (subject {@code policy:<school id>:<version>}). */
    POLICY_ACKNOWLEDGED,
    /**
     * A head teacher or LA admin reminded one member of staff, or everyone, who had not acknowledged
     * the version in force (subject {@code policy:<school id>:<version>}; one row per reminding).
     */
    POLICY_REMINDED,
    // Issue #15 item 2: confidential notes (R-X-2). Subjects hold ids only, never a note's text or marking.
    /** A staff member added a confidential note to their own case (subject {@code note:<id>}). */
    NOTE_ADDED,
    /** A file was added to a confidential note (subject {@code note:<id>:file:<fileId>}). */
    NOTE_FILE_ADDED,
    /** A confidential note was shown to its author or to a person it is shared with (subject {@code note:<id>}). */
    NOTE_VIEWED,
    /** A confidential note's file was downloaded (subject {@code note:<id>:file:<fileId>}). */
    NOTE_FILE_DOWNLOADED,
    /** The author let a named person read a note (subject {@code note:<id>:grant:<grantId>}). */
    NOTE_ACCESS_GRANTED,
    /** The author took a person's access to a note back (subject {@code note:<id>:grant:<grantId>}). */
    NOTE_ACCESS_REVOKED,
    /**
     * Someone was refused a confidential note: adding one to a case not theirs ({@code notes:<reference>}),
     * reading, downloading or sharing one that is not theirs to ({@code note:<id>}, {@code note:<id>:file:<fileId>}).
     */
    NOTE_REFUSED,
    // Issue #15 item 4 and item 7 (access): cross-school patterns and subject access.
    /** Issue #15 item 4: an LA admin viewed the cross-school patterns of their LA (subject {@code la:<id>}; no identifier). */
    PATTERNS_VIEWED,
    /** Issue #15 item 7: a subject access request was made, by the staff member or an LA admin for them (subject {@code sar:<id>}). */
    SUBJECT_ACCESS_REQUESTED,
    /** Issue #15 item 7: an LA reviewer opened a request's free text for review (subject {@code sar:<id>}). */
    SUBJECT_ACCESS_REVIEW_OPENED,
    /** Issue #15 item 7: an LA reviewer redacted or confirmed one passage of a request's export copy (subject {@code sar:<id>}). */
    SUBJECT_ACCESS_REVIEWED,
    /** Issue #15 item 7: an LA reviewer released a request's export to its staff member (subject {@code sar:<id>}). */
    SUBJECT_ACCESS_RELEASED,
    /** Issue #15 item 7: the staff member downloaded their released export, PDF or JSON (subject {@code sar:<id>}). */
    SUBJECT_ACCESS_DOWNLOADED,
    /** R-X-5: a DSL's (or LA admin's) review of a record due kept it, to be reviewed again on a later day (subject: reference). */
    RETENTION_REVIEW_DEFERRED
}
