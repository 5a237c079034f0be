package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.ProcessDefinition;
import org.safecase.platform.ConflictException;

import java.util.Map;

/**
 * Starts the process that runs a case. The business key is the case reference; variables hold
 * ids and small values only, never entities or case text.
 */
@ApplicationScoped
public class CaseWorkflow {
    @Inject
    RuntimeService runtimeService;

    @Inject
    RepositoryService repositoryService;

    /**
     * Starts the newest version of the model that is not suspended (issue #14 item 6: an LA admin
     * may suspend a version; new cases then use the one before it). Refused in words when every
     * version is suspended.
     *
     * @return the process instance id
     */
    public String start(String processKey, String caseReference, Map<String, Object> variables) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .active().orderByProcessDefinitionVersion().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new ConflictException("refusal.workflow.allVersionsSuspended"));
        return runtimeService.startProcessInstanceById(definition.getId(), caseReference, variables).getId();
    }

    /** Ends a case's process (and the processes it called), saying why in the engine's history. */
    public void stop(String processInstanceId, String reason) {
        if (processInstanceId != null
                && runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            runtimeService.deleteProcessInstance(processInstanceId, reason);
        }
    }

    public boolean isRunning(String caseReference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count() > 0;
    }
}
