package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Compares the inbox's read model with the engine's own open tasks ({@code ACT_RU_TASK} and its
 * candidate links) in SQL, and reports every task that is missing, left over or different (who
 * holds it, its deadline, urgency, name, suspension, or whom it is offered to). For the tests and
 * for an LA admin who doubts the inbox.
 */
@ApplicationScoped
@Transactional
public class InboxDrift {
    static final int SHOWN = 50;

    private static final String MISSING = "SELECT t.ID_ FROM ACT_RU_TASK t LEFT JOIN inbox_task i ON i.task_id = t.ID_ "
            + "WHERE i.task_id IS NULL";
    private static final String EXTRA = "SELECT i.task_id FROM inbox_task i LEFT JOIN ACT_RU_TASK t ON t.ID_ = i.task_id "
            + "WHERE t.ID_ IS NULL";
    private static final String DIFFERENT = "SELECT i.task_id FROM inbox_task i JOIN ACT_RU_TASK t ON t.ID_ = i.task_id "
            + "WHERE NOT (i.assignee <=> t.ASSIGNEE_) OR NOT (i.due_at <=> t.DUE_DATE_) OR NOT (i.name <=> t.NAME_) "
            + "OR i.urgent <> (t.PRIORITY_ >= " + TaskSummary.URGENT_PRIORITY + ") "
            + "OR i.suspended <> (t.SUSPENSION_STATE_ = 2) OR NOT (i.task_key <=> t.TASK_DEF_KEY_) "
            + "UNION SELECT l.TASK_ID_ FROM ACT_RU_IDENTITYLINK l JOIN inbox_task i ON i.task_id = l.TASK_ID_ "
            + "LEFT JOIN inbox_task_audience a ON a.task_id = l.TASK_ID_ AND a.audience = COALESCE(l.GROUP_ID_, l.USER_ID_) "
            + "WHERE l.TYPE_ = 'candidate' AND a.task_id IS NULL "
            + "UNION SELECT i.task_id FROM inbox_task i LEFT JOIN inbox_task_audience a ON a.task_id = i.task_id "
            + "AND a.audience = i.assignee WHERE i.assignee IS NOT NULL AND a.task_id IS NULL "
            + "UNION SELECT a.task_id FROM inbox_task_audience a JOIN inbox_task i ON i.task_id = a.task_id "
            + "WHERE NOT (a.assignee <=> i.assignee) OR NOT (a.due_at <=> i.due_at) OR a.suspended <> i.suspended "
            + "OR a.urgent_rank <> (CASE WHEN i.urgent THEN 0 ELSE 1 END) OR NOT (a.case_reference <=> i.case_reference) "
            + "OR (NOT (a.audience <=> i.assignee) AND NOT EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK l "
            + "WHERE l.TASK_ID_ = a.task_id AND l.TYPE_ = 'candidate' AND COALESCE(l.GROUP_ID_, l.USER_ID_) = a.audience)) "
            + "UNION SELECT a.task_id FROM inbox_task_audience a LEFT JOIN inbox_task i ON i.task_id = a.task_id "
            + "WHERE i.task_id IS NULL";

    @PersistenceContext(unitName = "safecase")
    EntityManager em;

    @jakarta.inject.Inject
    InboxTasks tasks;
    @jakarta.inject.Inject
    org.flowable.engine.ManagementService management;

    /**
     * Brings the read model back in step with the engine for every task the check finds missing,
     * left over or different (in batches of {@value #SHOWN}), and returns the check made afterwards.
     */
    public InboxDriftReport repair() {
        InboxDriftReport previous = null;
        while (true) {
            InboxDriftReport found = check();
            if (found.inStep() || found.equals(previous)) {
                return found;
            }
            previous = found;
            management.executeCommand(context -> {
                var engineTasks = org.flowable.engine.impl.util.CommandContextUtil.getProcessEngineConfiguration(context)
                        .getTaskServiceConfiguration().getTaskService();
                for (String id : found.extra()) {
                    tasks.remove(id);
                }
                for (String id : java.util.stream.Stream.concat(found.missing().stream(), found.different().stream()).toList()) {
                    var task = engineTasks.getTask(id);
                    if (task == null) {
                        tasks.remove(id);
                    } else {
                        tasks.write(OpenTasks.of(task));
                    }
                }
                return null;
            });
        }
    }

    public InboxDriftReport check() {
        long engine = count("SELECT COUNT(*) FROM ACT_RU_TASK");
        long kept = count("SELECT COUNT(*) FROM inbox_task");
        return InboxDriftReport.of(engine, kept, count("SELECT COUNT(*) FROM (" + MISSING + ") x"), ids(MISSING),
                count("SELECT COUNT(*) FROM (" + EXTRA + ") x"), ids(EXTRA),
                count("SELECT COUNT(*) FROM (" + DIFFERENT + ") x"), ids(DIFFERENT));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(String sql) {
        return ((List<Object>) em.createNativeQuery("SELECT * FROM (" + sql + ") x ORDER BY 1 LIMIT " + SHOWN)
                .getResultList()).stream().map(String::valueOf).toList();
    }
}
