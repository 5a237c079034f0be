package org.safecase.casefile;

import org.safecase.workflow.StaffIncidentVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * BPMN adapter: closes the case with the staff member's answer (R-ST-13): satisfied, not
 * satisfied (the union's advice lines were given when they answered), or no answer by the
 * satisfaction deadline (neither).
 */
@Named("closeStaffCase")
@ApplicationScoped
public class CloseStaffCase implements JavaDelegate {
    @Inject
    CaseFiles caseFiles;

    @Override
    public void execute(DelegateExecution execution) {
        Object answer = execution.getVariable(StaffIncidentVariables.SATISFIED);
        caseFiles.close(execution.getProcessInstanceBusinessKey(), answer instanceof Boolean satisfied ? satisfied : null);
    }
}
