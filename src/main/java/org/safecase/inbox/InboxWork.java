package org.safecase.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.NotFoundException;
import org.safecase.workflow.InboxCounts;
import org.safecase.workflow.InboxFilter;
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
    static final String INBOX_SUBJECT = "inbox";
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

    @Inject
    org.safecase.identity.GroupMembers groupMembers;

    /** Issue #15 item 1: every read of the inbox is audited (subject {@code inbox}; the filter may name someone). */
    public TaskPage page(Caller caller, InboxFilter filter, int first, int size) {
        audit.record(caller.userId(), caller.schoolId(), AuditAction.TASKS_LISTED, INBOX_SUBJECT);
        return inbox.page(authorisation.taskScope(caller), filter, first, size);
    }

    public long count(Caller caller, InboxFilter filter) {
        return inbox.count(authorisation.taskScope(caller), filter);
    }

    public InboxCounts counts(Caller caller) {
        return inbox.counts(authorisation.taskScope(caller));
    }

    public List<TaskSummary> list(Caller caller, InboxFilter filter, int first, int size) {
        audit.record(caller.userId(), caller.schoolId(), AuditAction.TASKS_LISTED, INBOX_SUBJECT);
        return inbox.list(authorisation.taskScope(caller), filter, first, size);
    }

    public TaskSummary find(Caller caller, String taskId) {
        TaskSummary task = auditingRefusal(caller, taskId, () -> inbox.find(authorisation.taskScope(caller), taskId));
        audit.record(caller.userId(), caller.schoolId(), AuditAction.TASK_VIEWED, task.auditSubject());
        return task;
    }

    public TaskSummary claim(Caller caller, String taskId) {
        TaskSummary task = auditingRefusal(caller, taskId, () -> inbox.claim(authorisation.taskScope(caller), taskId));
        audit.record(caller.userId(), caller.schoolId(), AuditAction.TASK_CLAIMED, task.auditSubject());
        return task;
    }

    /** One click from the inbox: the task, claimed for the caller if nobody holds it yet. */
    public TaskSummary open(Caller caller, String taskId) {
        TaskSummary task = find(caller, taskId);
        if (task.isClaimed()) {
            return task;
        }
        try {
            return claim(caller, taskId);
        } catch (org.safecase.platform.ConflictException claimedMeanwhile) {
            return find(caller, taskId);
        }
    }

    public TaskSummary unclaim(Caller caller, String taskId) {
        TaskSummary task = auditingRefusal(caller, taskId, () -> inbox.unclaim(authorisation.taskScope(caller), taskId));
        audit.record(caller.userId(), caller.schoolId(), AuditAction.TASK_UNCLAIMED, task.auditSubject());
        return task;
    }

    /** The people a task may be handed to: the active members of its own groups, id to name. */
    public Map<String, String> candidates(Caller caller, String taskId) {
        TaskSummary task = auditingRefusal(caller, taskId,
                () -> inbox.find(authorisation.reassignScope(caller), taskId));
        return groupMembers.people(task.candidateGroups());
    }

    /**
     * Hands a task to {@code target} (a workflow user id), when the caller may and the target is
     * in one of the task's own groups; {@code holder} is who the caller saw holding it.
     */
    public TaskSummary reassign(Caller caller, String taskId, String holder, String target) {
        var scope = authorisation.reassignScope(caller);
        TaskSummary task = auditingRefusal(caller, taskId, () -> inbox.find(scope, taskId));
        return reassign(caller, scope, task, holder, target);
    }

    /** As {@link #reassign(Caller, String, String, String)}, from whoever holds the task now. */
    public TaskSummary reassignFromCurrentHolder(Caller caller, String taskId, String target) {
        var scope = authorisation.reassignScope(caller);
        TaskSummary task = auditingRefusal(caller, taskId, () -> inbox.find(scope, taskId));
        return reassign(caller, scope, task, task.assignee(), target);
    }

    private TaskSummary reassign(Caller caller, org.safecase.identity.TaskScope scope, TaskSummary task, String holder,
                                 String target) {
        String taskId = task.id();
        authorisation.requireMayReassign(caller, task.candidateGroups(), task.assignee(), target,
                groupMembers.people(task.candidateGroups()).keySet());
        TaskSummary handed = inbox.reassign(scope, taskId, holder, target);
        audit.record(caller.userId(), caller.schoolId(), AuditAction.TASK_REASSIGNED, task.auditSubject());
        return handed;
    }

    /** A member of the task's group takes it over from whoever holds it (a deputy DSL from the DSL). */
    public TaskSummary takeOver(Caller caller, String taskId, String holder) {
        return reassign(caller, taskId, holder, org.safecase.identity.Authorisation.workflowUserId(caller));
    }

    @Inject
    InboxFilterChoices filterChoices;

    /** The filter the caller chose last (kept across sessions), or none. */
    public InboxFilter lastFilter(Caller caller) {
        return filterChoices.last(caller.userId());
    }

    public void rememberFilter(Caller caller, InboxFilter filter) {
        filterChoices.remember(caller.userId(), filter);
    }

    /** Whether the caller works tasks offered to groups (a lead, a DSL, HR), not only their own. */
    public boolean worksForGroups(Caller caller) {
        return !authorisation.taskScope(caller).candidateGroups().isEmpty();
    }

    /** The case's next open step the caller could work on, after completing one. */
    public java.util.Optional<String> next(Caller caller, String caseReference) {
        return inbox.nextFor(authorisation.taskScope(caller), caseReference);
    }

    public TaskForm form(Caller caller, String taskId) {
        TaskForm form = auditingRefusal(caller, taskId, () -> inbox.form(authorisation.taskScope(caller), taskId));
        audit.record(caller.userId(), caller.schoolId(), AuditAction.TASK_VIEWED, form.task().auditSubject());
        return form;
    }

    /**
     * The help for a task's step (issue #9), from the report of its case as the caller may see it
     * (a task of no case, an LA admin's notice of a failed job, has no report to help from).
     */
    public StepHelpView help(Caller caller, String taskId) {
        TaskForm form = form(caller, taskId);
        org.safecase.casefile.CaseView seen = form.task().caseReference() == null ? null
                : caseFiles.find(caller, form.task().caseReference());
        return stepHelp.forStep(form.task().taskKey(), form.fields().stream().map(org.safecase.workflow.FormField::id)
                .toList(), seen == null ? null : seen.details());
    }

    public TaskSummary complete(Caller caller, String taskId, Map<String, String> answers) {
        return completed(caller, auditingRefusal(caller, taskId,
                () -> inbox.complete(authorisation.taskScope(caller), taskId, answers)));
    }

    /** The same over the API: the answers as typed JSON (yes/no as true/false, numbers as numbers). */
    public TaskSummary complete(Caller caller, String taskId, jakarta.json.JsonObject answers) {
        return completed(caller, auditingRefusal(caller, taskId,
                () -> inbox.complete(authorisation.taskScope(caller), taskId, answers)));
    }

    private TaskSummary completed(Caller caller, TaskSummary task) {
        audit.record(caller.userId(), caller.schoolId(), AuditAction.TASK_COMPLETED, task.auditSubject());
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
