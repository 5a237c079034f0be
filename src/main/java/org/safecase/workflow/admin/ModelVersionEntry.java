package org.safecase.workflow.admin;

import java.time.Instant;

/**
 * One version of a model on the library page: where it came from, who deployed it (null for
 * SafeCase itself), when and why; how many cases run on it now (processes; 0 for decision
 * tables) and whether it is suspended (starts no new cases).
 */
public record ModelVersionEntry(int version, String definitionId, Origin origin, String deployedBy, Instant deployedAt,
                                String changeNote, long runningCases, boolean suspended) {
}
