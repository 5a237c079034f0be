package org.safecase.workflow;

import java.time.Instant;

/**
 * A task as the inbox shows it; no engine types leave the workflow feature. {@code urgent}: the
 * first step of an urgent case, its escalation, or an urgent police referral (task priority
 * {@value #URGENT_PRIORITY} or more, set by the models).
 */
public record TaskSummary(String id, String name, String taskKey, String caseReference,
                          Instant createdAt, Instant dueAt, String assignee, boolean urgent) {
    public static final int URGENT_PRIORITY = 100;

    public boolean isClaimed() {
        return assignee != null;
    }
}
