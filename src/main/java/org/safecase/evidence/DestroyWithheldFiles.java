package org.safecase.evidence;

import org.safecase.workflow.CaseVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;
import org.safecase.casefile.CaseFiles;

/**
 * BPMN adapter: when the DSL completes "have the withheld files destroyed", the files' content
 * is deleted in the same transaction and the destruction recorded (R-SX-2).
 */
@Named("destroyWithheldFiles")
@ApplicationScoped
public class DestroyWithheldFiles implements TaskListener {
    @Inject
    Evidence evidence;
    @Inject
    CaseFiles caseFiles;

    @Override
    public void notify(DelegateTask task) {
        long incidentId = caseFiles.idOf((String) task.getVariable(CaseVariables.CASE_REFERENCE));
        evidence.destroyWithheldFiles(incidentId, task.getAssignee(), (String) task.getVariable("destructionWitness"),
                (String) task.getVariable("otherCopies"));
    }
}
