package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.safecase.platform.ConflictException;

import java.util.Optional;

/** The engine side of the DSL's case actions: refer now, and the step that closes the case. */
@ApplicationScoped
public class ChildProtectionWorkflow {
    static final String REFER_NOW_MESSAGE = "referralNowRequested";
    static final String CLOSING_STEP = "completeDslRecord";

    @Inject
    RuntimeService runtimeService;
    @Inject
    TaskService taskService;

    /** R-SX-4: starts the referral to police and children's social care, unless one is made already. */
    public void referNow(String caseReference) {
        Execution waiting = caseProcess(caseReference).map(process -> runtimeService.createExecutionQuery()
                .processInstanceId(process.getId()).messageEventSubscriptionName(REFER_NOW_MESSAGE).singleResult())
                .orElse(null);
        if (waiting == null) {
            throw new ConflictException("conflict.caseClosed");
        }
        if (referralUnderwayIn(waiting.getProcessInstanceId())
                || Boolean.TRUE.equals(runtimeService.getVariable(waiting.getProcessInstanceId(), ChildProtectionIncidentVariables.REFERRALS_RECORDED))) {
            throw new ConflictException("conflict.alreadyReferred");
        }
        runtimeService.messageEventReceived(REFER_NOW_MESSAGE, waiting.getId());
    }

    /** The open "complete the record and close" step, if the case has reached it. */
    public Optional<String> closingStep(String caseReference) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseReference)
                .taskDefinitionKey(CLOSING_STEP).active().list().stream().map(Task::getId).findFirst();
    }

    /** Whether a referral is being made now (its steps are open). */
    public boolean referralUnderway(String caseReference) {
        return caseProcess(caseReference).map(p -> referralUnderwayIn(p.getId())).orElse(false);
    }

    /** The running case process (not the referral it calls, which shares the business key). */
    private Optional<ProcessInstance> caseProcess(String caseReference) {
        return Optional.ofNullable(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
                .processDefinitionKey(ProcessModels.CHILD_PROTECTION_INCIDENT).singleResult());
    }

    private boolean referralUnderwayIn(String processInstanceId) {
        return Boolean.TRUE.equals(runtimeService.getVariable(processInstanceId, ChildProtectionIncidentVariables.REFERRAL_IN_PROGRESS));
    }
}
