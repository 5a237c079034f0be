package org.safecase.workflow.admin;

import java.util.List;

/**
 * Item 6: what a migration did: the cases moved, those that could not move (and why) and those
 * that failed while moving (left as they were, and why).
 */
public record MigrationResult(String model, int fromVersion, int toVersion, List<String> moved, List<CaseNotMoved> notMoved,
                              List<CaseNotMoved> failed) {
    public MigrationResult {
        moved = List.copyOf(moved);
        notMoved = List.copyOf(notMoved);
        failed = List.copyOf(failed);
    }
}
