package org.safecase.oversight.subjectaccess;

/** Where a subject access request is: made, being reviewed by the LA, released to the staff member. */
public enum SubjectAccessState {
    REQUESTED,
    IN_REVIEW,
    RELEASED
}
