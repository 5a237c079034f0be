package org.safecase.oversight.subjectaccess;

/** The body of a new request: nothing (for oneself), or the user name of the staff member an LA admin asks for. */
public record SubjectAccessAsk(String username) {
}
