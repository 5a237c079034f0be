package org.safecase.workflow;

import java.time.Instant;

/** A task as the inbox shows it; no engine types leave the workflow feature. */
public record TaskSummary(String id, String name, String taskKey, String caseReference,
                          Instant createdAt, Instant dueAt, String assignee) {
    public boolean isClaimed() {
        return assignee != null;
    }
}
