package org.safecase.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** BPMN adapter: the case is handed to LA HR, which may from now on see the parts it needs. */
@Named("handCaseToHr")
@ApplicationScoped
public class HandCaseToHr implements JavaDelegate {
    @Inject
    CaseFiles caseFiles;

    @Override
    public void execute(DelegateExecution execution) {
        caseFiles.handToHr(execution.getProcessInstanceBusinessKey());
    }
}
