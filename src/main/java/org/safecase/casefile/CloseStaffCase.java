package org.safecase.casefile;

import org.safecase.workflow.StaffIncidentVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * BPMN adapter: closes the case with the staff member's answer (R-ST-13). A staff member who is
 * not satisfied is shown the union's advice lines; the case records that they were given.
 */
@Named("closeStaffCase")
@ApplicationScoped
public class CloseStaffCase implements JavaDelegate {
    @Inject
    CaseFiles caseFiles;

    @Override
    public void execute(DelegateExecution execution) {
        boolean satisfied = Boolean.TRUE.equals(execution.getVariable(StaffIncidentVariables.SATISFIED));
        caseFiles.close(execution.getProcessInstanceBusinessKey(), satisfied);
    }
}
