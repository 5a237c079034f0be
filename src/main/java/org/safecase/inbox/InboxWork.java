package org.safecase.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.NotFoundException;
import org.safecase.workflow.TaskForm;
import org.safecase.workflow.TaskInbox;
import org.safecase.workflow.TaskPage;
import org.safecase.workflow.TaskSummary;

import java.util.List;
import java.util.function.Supplier;
import java.util.Map;

/** The inbox boundary: every call is scoped to what the caller may see, and changes are audited. */
@ApplicationScoped
@Transactional
public class InboxWork {
    @Inject
    Authorisation authorisation;
    @Inject
    TaskInbox inbox;
    @Inject
    AuditTrail audit;
    @Inject
    org.safecase.casefile.CaseFiles caseFiles;
    @Inject
    StepHelp stepHelp;

    public TaskPage page(Caller caller, int first, int size, boolean dueSoonestFirst) {
        return inbox.page(authorisation.taskScope(caller), first, size, dueSoonestFirst);
    }

    public long count(Caller caller) {
        return inbox.count(authorisation.taskScope(caller));
    }

    public List<TaskSummary> list(Caller caller, int first, int size, boolean dueSoonestFirst) {
        return inbox.list(authorisation.taskScope(caller), first, size, dueSoonestFirst);
    }

    public TaskSummary find(Caller caller, String taskId) {
        return auditingRefusal(caller, taskId, () -> inbox.find(authorisation.taskScope(caller), taskId));
    }

    public TaskSummary claim(Caller caller, String taskId) {
        TaskSummary task = auditingRefusal(caller, taskId, () -> inbox.claim(authorisation.taskScope(caller), taskId));
        audit.record(caller.userId(), caller.schoolId(), AuditAction.TASK_CLAIMED, task.caseReference());
        return task;
    }

    public TaskForm form(Caller caller, String taskId) {
        return auditingRefusal(caller, taskId, () -> inbox.form(authorisation.taskScope(caller), taskId));
    }

    /** The help for a task's step (issue #9), from the report of its case as the caller may see it. */
    public StepHelpView help(Caller caller, String taskId) {
        TaskForm form = form(caller, taskId);
        org.safecase.casefile.CaseView seen = caseFiles.find(caller, form.task().caseReference());
        return stepHelp.forStep(form.task().taskKey(), form.fields().stream().map(org.safecase.workflow.FormField::id)
                .toList(), seen.details());
    }

    public TaskSummary complete(Caller caller, String taskId, Map<String, String> answers) {
        TaskSummary task = auditingRefusal(caller, taskId,
                () -> inbox.complete(authorisation.taskScope(caller), taskId, answers));
        audit.record(caller.userId(), caller.schoolId(), AuditAction.TASK_COMPLETED, task.caseReference());
        return task;
    }

    /** A task outside the caller's scope is not found; on a child-protection case the attempt is audited (R-SX-1). */
    private <T> T auditingRefusal(Caller caller, String taskId, Supplier<T> work) {
        try {
            return work.get();
        } catch (NotFoundException refused) {
            inbox.childProtectionCaseOf(taskId).filter(task -> task.caseReference() != null).ifPresent(task ->
                    audit.recordRefusal(caller.userId(), task.schoolId(), task.caseReference()));
            throw refused;
        }
    }
}
