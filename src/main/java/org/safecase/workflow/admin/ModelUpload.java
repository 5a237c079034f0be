package org.safecase.workflow.admin;

/** A model file sent over REST (issue #14 items 3 and 10): the file's XML as text, and why it changes. */
public record ModelUpload(String file, String changeNote) {
}
