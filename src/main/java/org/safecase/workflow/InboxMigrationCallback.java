package org.safecase.workflow;

import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.engine.migration.ProcessInstanceMigrationCallback;
import org.flowable.engine.migration.ProcessInstanceMigrationDocument;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * Flowable fires no event when it migrates a running instance to another model version; this
 * rewrites the migrated instance's open tasks in the read model, in the migration's transaction.
 */
final class InboxMigrationCallback implements ProcessInstanceMigrationCallback {
    private final InboxTasks tasks;

    InboxMigrationCallback(InboxTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void processInstanceMigrated(ProcessInstance instance, ProcessDefinition definition,
                                        ProcessInstanceMigrationDocument document, CommandContext context) {
        for (TaskEntity task : CommandContextUtil.getProcessEngineConfiguration(context).getTaskServiceConfiguration()
                .getTaskService().findTasksByProcessInstanceId(instance.getId())) {
            tasks.write(OpenTasks.of(task));
        }
    }
}
