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

    public boolean isRunning(String caseReference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count() > 0;
    }
}
