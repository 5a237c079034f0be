package org.safecase.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * An open task as the inbox's read model keeps it ({@code inbox_task}): who may see it
 * ({@code audiences}: its candidate groups and users, and its assignee), and what the inbox
 * shows, filters and sorts on.
 */
record OpenTask(String taskId, String processInstanceId, String processKey, String taskKey, String name,
                Long schoolId, String caseReference, String category, boolean urgent, Instant dueAt,
                Instant createdAt, String assignee, Set<String> candidateGroups, Set<String> candidateUsers,
                boolean suspended) {
    OpenTask {
        candidateGroups = Set.copyOf(candidateGroups);
        candidateUsers = Set.copyOf(candidateUsers);
    }

    /** Everyone the task is offered to or held by. */
    Set<String> audiences() {
        java.util.Set<String> all = new java.util.TreeSet<>(candidateGroups);
        all.addAll(candidateUsers);
        if (assignee != null) {
            all.add(assignee);
        }
        return all;
    }
}
