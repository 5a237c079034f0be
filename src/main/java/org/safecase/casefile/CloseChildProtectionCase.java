package org.safecase.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** BPMN adapter: a child-protection case is closed once the DSL's record is complete (R-SX-7). */
@Named("closeChildProtectionCase")
@ApplicationScoped
public class CloseChildProtectionCase implements JavaDelegate {
    @Inject
    CaseFiles caseFiles;

    @Override
    public void execute(DelegateExecution execution) {
        caseFiles.closeByDsl(execution.getProcessInstanceBusinessKey());
    }
}
