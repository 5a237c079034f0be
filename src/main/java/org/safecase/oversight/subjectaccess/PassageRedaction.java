package org.safecase.oversight.subjectaccess;

/** The reviewer's text for one passage of the export copy: the passage as it should be released. */
public record PassageRedaction(String text) {
}
