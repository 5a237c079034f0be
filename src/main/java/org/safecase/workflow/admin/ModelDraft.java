package org.safecase.workflow.admin;

import java.time.Instant;

/** An LA admin's unsaved work on a model: its file, who saved it last and when, and the version it started from. */
public record ModelDraft(String key, String xml, String savedBy, Instant savedAt, int basedOnVersion) {
}
