package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.util.CommandContextUtil;

/**
 * The "Referral decision" step of the child-protection model: asks the decision table with the
 * DSL's review and leaves its answer, and the table version, in the case's variables (R-SX-4).
 */
@Named("referralDecisionTable")
@ApplicationScoped
public class ReferralDecisionTable implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
        ReferralDecisions.ReferralDecision decision = ReferralDecisions.decide(
                CommandContextUtil.getProcessEngineConfiguration(), execution.getVariables());
        execution.setVariable(ChildProtectionIncidentVariables.REFERRAL_REQUIRED, decision.referralRequired());
        execution.setVariable(ChildProtectionIncidentVariables.URGENT_POLICE, decision.urgentPolice());
        execution.setVariable(ChildProtectionIncidentVariables.REFERRAL_REASON, decision.reason());
        execution.setVariable(ChildProtectionIncidentVariables.REFERRAL_TABLE_VERSION, decision.tableVersion());
    }
}
