package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Writes the inbox's read model ({@code inbox_task} and {@code inbox_task_audience}) in the
 * caller's transaction, which for the engine's listeners is the engine's own: a write that fails
 * fails the engine's change with it. Every write of a task replaces all it knew of that task, so
 * writing the same task twice (a replayed event, the rebuild) leaves one true row.
 */
@ApplicationScoped
class InboxTasks {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;

    /**
     * Locks the task's row until the transaction ends, so that two completions of one task follow
     * each other instead of running side by side; false if the task is no longer open.
     */
    boolean lock(String taskId) {
        return !em.createNativeQuery("SELECT task_id FROM inbox_task WHERE task_id = ? FOR UPDATE")
                .setParameter(1, taskId).getResultList().isEmpty();
    }

    void write(OpenTask task) {
        em.createNativeQuery("INSERT INTO inbox_task (task_id, process_instance_id, process_key, task_key, name, "
                        + "school_id, case_reference, category, urgent, due_at, created_at, assignee, candidate_groups, "
                        + "suspended) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                        + "process_instance_id = VALUES(process_instance_id), process_key = VALUES(process_key), "
                        + "task_key = VALUES(task_key), name = VALUES(name), school_id = VALUES(school_id), "
                        + "case_reference = VALUES(case_reference), category = VALUES(category), urgent = VALUES(urgent), "
                        + "due_at = VALUES(due_at), created_at = VALUES(created_at), assignee = VALUES(assignee), "
                        + "candidate_groups = VALUES(candidate_groups), suspended = VALUES(suspended)")
                .setParameter(1, task.taskId()).setParameter(2, task.processInstanceId())
                .setParameter(3, task.processKey()).setParameter(4, task.taskKey()).setParameter(5, clip(task.name(), 255))
                .setParameter(6, task.schoolId()).setParameter(7, task.caseReference()).setParameter(8, task.category())
                .setParameter(9, task.urgent()).setParameter(10, timestamp(task.dueAt()))
                .setParameter(11, timestamp(task.createdAt())).setParameter(12, task.assignee())
                .setParameter(13, clip(String.join(",", new java.util.TreeSet<>(task.candidateGroups())), 1000))
                .setParameter(14, task.suspended()).executeUpdate();
        em.createNativeQuery("DELETE FROM inbox_task_audience WHERE task_id = ?").setParameter(1, task.taskId())
                .executeUpdate();
        for (String audience : task.audiences()) {
            addAudience(task.taskId(), audience);
        }
    }

    /** Offers a task already in the read model to one more group or user; nothing when it is not there. */
    void addAudience(String taskId, String audience) {
        em.createNativeQuery("INSERT IGNORE INTO inbox_task_audience (audience, task_id, suspended, urgent_rank, no_due, "
                        + "due_at, created_at, assignee, school_id, category, case_reference) SELECT ?, task_id, suspended, "
                        + "CASE WHEN urgent THEN 0 ELSE 1 END, CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at, "
                        + "created_at, assignee, school_id, category, case_reference FROM inbox_task WHERE task_id = ?")
                .setParameter(1, audience).setParameter(2, taskId).executeUpdate();
    }

    /** No longer offers a task to a group or user, unless that user holds it. */
    void removeAudience(String taskId, String audience) {
        em.createNativeQuery("DELETE a FROM inbox_task_audience a JOIN inbox_task t ON t.task_id = a.task_id "
                        + "WHERE a.task_id = ? AND a.audience = ? AND NOT (t.assignee <=> a.audience)")
                .setParameter(1, taskId).setParameter(2, audience).executeUpdate();
    }

    void remove(String taskId) {
        em.createNativeQuery("DELETE FROM inbox_task_audience WHERE task_id = ?").setParameter(1, taskId).executeUpdate();
        em.createNativeQuery("DELETE FROM inbox_task WHERE task_id = ?").setParameter(1, taskId).executeUpdate();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
