package org.safecase.casefile;

import org.safecase.workflow.ChildProtectionIncidentVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;

/** BPMN adapter: the case records the referral decision and the table version that made it (R-SX-4). */
@Named("recordReferralDecision")
@ApplicationScoped
public class RecordReferralDecision implements ExecutionListener {
    @Inject
    CaseFiles caseFiles;

    @Override
    public void notify(DelegateExecution execution) {
        caseFiles.recordReferralDecision(execution.getProcessInstanceBusinessKey(),
                ((Number) execution.getVariable(ChildProtectionIncidentVariables.REFERRAL_TABLE_VERSION)).intValue(),
                Boolean.TRUE.equals(execution.getVariable(ChildProtectionIncidentVariables.REFERRAL_REQUIRED)),
                Boolean.TRUE.equals(execution.getVariable(ChildProtectionIncidentVariables.URGENT_POLICE)));
    }
}
