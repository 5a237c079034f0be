package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.dmn.api.DmnDecisionService;
import org.flowable.dmn.api.DmnRepositoryService;
import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.dmn.engine.DmnEngineConfiguration;

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
        // The DMN engine made by this application's process engine, not a server-wide default.
        DmnEngineConfiguration dmn = (DmnEngineConfiguration) workflowEngine.engine().getProcessEngineConfiguration()
                .getEngineConfigurations().get(EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG);
        DmnDecisionService decisions = dmn.getDmnDecisionService();
        DmnRepositoryService repository = dmn.getDmnRepositoryService();
        Map<String, Object> result = decisions.createExecuteDecisionBuilder()
                .decisionKey(ProcessModels.REFERRAL_DECISION).variables(facts).executeWithSingleResult();
        int version = repository.createDecisionQuery().decisionKey(ProcessModels.REFERRAL_DECISION).latestVersion()
                .singleResult().getVersion();
        return new ReferralDecision(Boolean.TRUE.equals(result.get("referralRequired")),
                Boolean.TRUE.equals(result.get("urgentPolice")), (String) result.get("referralReason"), version);
    }

    /** The table's answer and the version of the table that gave it. */
    public record ReferralDecision(boolean referralRequired, boolean urgentPolice, String reason, int tableVersion) {
    }
}
