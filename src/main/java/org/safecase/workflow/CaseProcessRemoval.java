package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.common.engine.api.scope.ScopeTypes;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.dmn.engine.DmnEngineConfiguration;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * R-X-5 (issue #15 item 5): removes a destroyed case from the engine: the runtime and the history
 * of every process it ran, the processes they called included (by the case reference, their
 * business key, and by their parent, for a called model that does not inherit the key), and the
 * decision table's history of them. Joins the caller's transaction, so the case goes from the
 * engine and from our tables together or not at all.
 */
@ApplicationScoped
public class CaseProcessRemoval {
    static final String REASON = "Destroyed at the end of its retention period (R-X-5)";

    @Inject
    RuntimeService runtimeService;
    @Inject
    HistoryService historyService;
    @Inject
    WorkflowEngine workflowEngine;

    /**
     * @param caseReference     the case reference (business key of its processes)
     * @param processInstanceId the case's own process, as the case row knows it (may be null)
     * @return how many process instances were removed
     */
    public int removeCase(String caseReference, String processInstanceId) {
        List<String> instances = instancesOf(caseReference, processInstanceId);
        for (String id : instances) {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                // Deleting a process deletes the processes it called: each is looked for again.
                runtimeService.deleteProcessInstance(id, REASON);
            }
        }
        DmnEngineConfiguration dmn = decisions();
        List<String> childrenFirst = new ArrayList<>(instances);
        Collections.reverse(childrenFirst);
        for (String id : childrenFirst) {
            if (historyService.createHistoricProcessInstanceQuery().processInstanceId(id).count() > 0) {
                historyService.deleteHistoricProcessInstance(id);
            }
            if (dmn != null) {
                dmn.getDmnHistoryService().createHistoricDecisionExecutionQuery().instanceId(id)
                        .scopeType(ScopeTypes.BPMN).delete();
            }
        }
        return instances.size();
    }

    /** Every process of the case, parents before the processes they called. */
    private List<String> instancesOf(String caseReference, String processInstanceId) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        List<HistoricProcessInstance> keyed = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).orderByProcessInstanceStartTime().asc().list();
        keyed.stream().filter(p -> p.getSuperProcessInstanceId() == null).forEach(p -> toVisit.add(p.getId()));
        if (processInstanceId != null) {
            toVisit.addFirst(processInstanceId);
        }
        keyed.forEach(p -> toVisit.add(p.getId()));
        while (!toVisit.isEmpty()) {
            String id = toVisit.poll();
            if (!found.add(id)) {
                continue;
            }
            historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list()
                    .forEach(child -> toVisit.add(child.getId()));
        }
        return new ArrayList<>(found);
    }

    private DmnEngineConfiguration decisions() {
        AbstractEngineConfiguration dmn = ((ProcessEngineConfigurationImpl) workflowEngine.engine()
                .getProcessEngineConfiguration()).getEngineConfigurations().get(EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG);
        return dmn instanceof DmnEngineConfiguration configuration ? configuration : null;
    }
}
