package org.safecase.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** BPMN adapter: after triage, the case record says so. */
@Named("recordTriageOutcome")
@ApplicationScoped
public class RecordTriageOutcome implements JavaDelegate {
    @Inject
    CaseFiles caseFiles;

    @Override
    public void execute(DelegateExecution execution) {
        caseFiles.markTriaged(execution.getProcessInstanceBusinessKey());
    }
}
