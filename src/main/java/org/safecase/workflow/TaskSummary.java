package org.safecase.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A task as the inbox shows it; no engine types leave the workflow feature. {@code urgent}: the
 * first step of an urgent case, its escalation, or an urgent police referral (task priority
 * {@value #URGENT_PRIORITY} or more, set by the models). {@code overdue}: its deadline had passed
 * when it was read. {@code candidateGroups}: the groups it is offered to (whose members may take
 * it over).
 */
public record TaskSummary(String id, String name, String taskKey, String caseReference,
                          Instant createdAt, Instant dueAt, String assignee, boolean urgent,
                          String category, boolean overdue, List<String> candidateGroups) {
    public static final int URGENT_PRIORITY = 100;

    public TaskSummary {
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
    }

    public boolean isClaimed() {
        return assignee != null;
    }

    /**
     * What the audit trail records an action on it under: its case, or the task itself when it
     * belongs to no case (an LA admin's notice of a failed job, issue #14 item 9).
     */
    public String auditSubject() {
        return caseReference != null ? caseReference : "task:" + id;
    }
}
