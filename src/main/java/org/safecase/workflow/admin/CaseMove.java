package org.safecase.workflow.admin;

import java.time.Instant;

/** A case moved to another version of its model: when, which model (its name), from and to which version, by whom (a name). */
public record CaseMove(Instant at, String modelName, int fromVersion, int toVersion, String movedBy) {
}
