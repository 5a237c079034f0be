package org.safecase.oversight.subjectaccess;

/**
 * One free-text passage of an export, for its reviewer: the case it comes from, what it is, the
 * export copy's text (redacted as the reviewer saved it), and whether the reviewer has saved it.
 */
public record SubjectAccessPassage(long id, String caseReference, String label, String text, boolean reviewed) {
}
