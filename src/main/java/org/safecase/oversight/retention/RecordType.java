package org.safecase.oversight.retention;

/** R-X-5: the kinds of record kept for different periods. */
public enum RecordType {
    /** A nude-image incident (category 5): kept to the youngest child's 25th birthday, then reviewed by the DSL. */
    CHILD_PROTECTION,
    /** Any other case: kept a set number of years after closure (an LA setting). */
    STAFF_CASE
}
