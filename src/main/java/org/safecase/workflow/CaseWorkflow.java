package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.RuntimeService;

import java.util.Map;

/**
 * Starts the process that runs a case. The business key is the case reference; variables hold
 * ids and small values only, never entities or case text.
 */
@ApplicationScoped
public class CaseWorkflow {
    @Inject
    RuntimeService runtimeService;

    /** @return the process instance id */
    public String start(String processKey, String caseReference, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(processKey, caseReference, variables).getId();
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
