package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.flowable.engine.FormService;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;

/** CDI producers for the engine services, for the workflow feature's own facades and tests. */
@ApplicationScoped
public class WorkflowServices {
    @Inject
    WorkflowEngine workflowEngine;

    @Produces
    RuntimeService runtimeService() {
        return workflowEngine.engine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return workflowEngine.engine().getTaskService();
    }

    @Produces
    RepositoryService repositoryService() {
        return workflowEngine.engine().getRepositoryService();
    }

    @Produces
    HistoryService historyService() {
        return workflowEngine.engine().getHistoryService();
    }

    @Produces
    FormService formService() {
        return workflowEngine.engine().getFormService();
    }

    @Produces
    ManagementService managementService() {
        return workflowEngine.engine().getManagementService();
    }
}
