package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.flowable.engine.ManagementService;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

import java.util.List;
import java.util.logging.Logger;

/**
 * Builds the inbox's read model from the engine's open tasks: once after the upgrade that adds it
 * (V16 leaves a row in {@code inbox_rebuild}), before anyone can use the inbox. Batches of
 * {@value #BATCH} tasks in key order, each in its own engine command and transaction, with the
 * progress logged; a restart part-way starts again, which is safe because every write replaces
 * what was there.
 */
@ApplicationScoped
class InboxRebuild {
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(InboxRebuild.class.getName());

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    InboxTasks tasks;

    void ifRequested(ManagementService management) {
        boolean requested = management.executeCommand(context ->
                ((Number) em.createNativeQuery("SELECT COUNT(*) FROM inbox_rebuild").getSingleResult()).longValue() > 0);
        if (!requested) {
            return;
        }
        long total = management.executeCommand(context ->
                ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ACT_RU_TASK").getSingleResult()).longValue());
        LOG.info(() -> "Inbox read model: building it from " + total + " open tasks");
        String after = "";
        long done = 0;
        for (List<String> ids = next(management, after); !ids.isEmpty(); ids = next(management, after)) {
            List<String> batch = ids;
            management.executeCommand(context -> {
                var taskService = CommandContextUtil.getProcessEngineConfiguration(context).getTaskServiceConfiguration()
                        .getTaskService();
                for (String id : batch) {
                    TaskEntity task = taskService.getTask(id);
                    if (task != null) {
                        tasks.write(OpenTasks.of(task));
                    }
                }
                return null;
            });
            after = batch.get(batch.size() - 1);
            done += batch.size();
            long reported = done;
            LOG.info(() -> "Inbox read model: " + reported + " of " + total + " tasks written");
        }
        management.executeCommand(context -> {
            em.createNativeQuery("DELETE FROM inbox_task_audience WHERE task_id NOT IN (SELECT ID_ FROM ACT_RU_TASK)")
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM inbox_task WHERE task_id NOT IN (SELECT ID_ FROM ACT_RU_TASK)")
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM inbox_rebuild").executeUpdate();
            return null;
        });
        LOG.info("Inbox read model built");
    }

    @SuppressWarnings("unchecked")
    private List<String> next(ManagementService management, String after) {
        return management.executeCommand(context -> ((List<Object>) em.createNativeQuery(
                        "SELECT ID_ FROM ACT_RU_TASK WHERE ID_ > ? ORDER BY ID_ LIMIT " + BATCH)
                .setParameter(1, after).getResultList()).stream().map(String::valueOf).toList());
    }
}
