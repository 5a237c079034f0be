package org.safecase.oversight.retention;

/** R-X-5: the rule that set a record's due date, shown on the retention page and kept in the destruction log. */
public enum RetentionRule {
    /** The youngest child's recorded date of birth plus 25 years. */
    CHILD_BIRTH_DATE,
    /** Only an age was recorded: the latest date of birth that age allows on the incident date, plus 25 years. */
    CHILD_AGE,
    /** No child's record: the incident date plus 25 years (as if a child were born that day, the latest possible). */
    INCIDENT_DATE,
    /** A staff case: its closure date plus the LA's retention period for staff cases. */
    CLOSURE_DATE
}
