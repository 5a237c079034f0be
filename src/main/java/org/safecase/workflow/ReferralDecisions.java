package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.dmn.api.DecisionExecutionAuditContainer;
import org.flowable.dmn.engine.DmnEngineConfiguration;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.util.List;
import java.util.Map;

/**
 * R-SX-4: asks the referral decision table (bpmn/referralDecision.dmn) and says which version of
 * it decided, so that a case can record it.
 */
@ApplicationScoped
public class ReferralDecisions {
    @Inject
    WorkflowEngine workflowEngine;

    public ReferralDecision decide(Map<String, Object> facts) {
        return decide(workflowEngine.engine().getProcessEngineConfiguration(), facts);
    }

    /** Uses the DMN engine made by the given process engine, not a server-wide default. */
    static ReferralDecision decide(ProcessEngineConfiguration processEngine, Map<String, Object> facts) {
        DmnEngineConfiguration dmn = (DmnEngineConfiguration) ((ProcessEngineConfigurationImpl) processEngine)
                .getEngineConfigurations().get(EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG);
        DecisionExecutionAuditContainer execution = dmn.getDmnDecisionService().createExecuteDecisionBuilder()
                .decisionKey(ProcessModels.REFERRAL_DECISION).variables(facts).executeWithAuditTrail();
        List<Map<String, Object>> results = execution.getDecisionResult();
        if (Boolean.TRUE.equals(execution.isFailed()) || results == null || results.size() != 1) {
            // The table has a row for every combination; anything else is a broken table, never "no referral".
            throw new IllegalStateException("Referral decision table version " + execution.getDecisionVersion()
                    + " gave " + (results == null ? 0 : results.size()) + " answers: " + execution.getExceptionMessage());
        }
        Map<String, Object> result = results.get(0);
        return new ReferralDecision(Boolean.TRUE.equals(result.get(ChildProtectionIncidentVariables.REFERRAL_REQUIRED)),
                Boolean.TRUE.equals(result.get(ChildProtectionIncidentVariables.URGENT_POLICE)), (String) result.get(ChildProtectionIncidentVariables.REFERRAL_REASON),
                execution.getDecisionVersion());
    }

    /** The table's answer and the version of the table that gave it. */
    public record ReferralDecision(boolean referralRequired, boolean urgentPolice, String reason, int tableVersion) {
    }
}
