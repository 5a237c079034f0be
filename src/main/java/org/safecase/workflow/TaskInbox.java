package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.FormService;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.form.FormProperty;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.safecase.identity.TaskScope;
import org.safecase.platform.ConflictException;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Task list, claim and complete, always within a {@link TaskScope}. A task outside the scope
 * is reported as not found, exactly like a task that does not exist.
 */
@ApplicationScoped
public class TaskInbox {
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    TaskService taskService;
    @Inject
    RuntimeService runtimeService;
    @Inject
    FormService formService;
    @Inject
    RepositoryService repositoryService;

    @Inject
    HistoryService historyService;
    @Inject
    InboxQuery query;
    @Inject
    InboxTasks inboxTasks;
    @Inject
    java.time.Clock clock;

    public TaskPage page(TaskScope scope, InboxFilter filter, int first, int size) {
        return new TaskPage(list(scope, filter, first, size), count(scope, filter));
    }

    public long count(TaskScope scope, InboxFilter filter) {
        return query.count(scope, filter);
    }

    /** What waits for the caller, for the navigation: all, urgent, overdue. */
    public InboxCounts counts(TaskScope scope) {
        return new InboxCounts(query.count(scope, InboxFilter.NONE),
                query.count(scope, new InboxFilter(null, null, true, false, false, InboxFilter.Claim.ANY, null)),
                query.count(scope, new InboxFilter(null, null, false, true, false, InboxFilter.Claim.ANY, null)));
    }

    /**
     * One page in inbox order (urgent, then by deadline, then without one, then oldest), filtered
     * and paged in the database; at most {@value #MAX_PAGE_SIZE} rows.
     */
    public List<TaskSummary> list(TaskScope scope, InboxFilter filter, int first, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return summaries(query.page(scope, filter, Math.max(0, first), pageSize));
    }

    public TaskSummary find(TaskScope scope, String taskId) {
        return summary(require(scope, taskId));
    }

    /**
     * The open task of the same case the caller could work on next (held by them or by nobody),
     * for returning to it after completing a step.
     */
    public java.util.Optional<String> nextFor(TaskScope scope, String caseReference) {
        return caseReference == null ? java.util.Optional.empty() : query.nextFor(scope, caseReference);
    }

    /** Claims an unclaimed task for the caller; claiming one's own task again is harmless. */
    public TaskSummary claim(TaskScope scope, String taskId) {
        Task task = require(scope, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(scope.userId())) {
            throw new ConflictException("conflict.taskClaimedByOther");
        }
        if (task.getAssignee() == null) {
            TaskConflicts.guard(() -> taskService.claim(taskId, scope.userId()));
        }
        return find(scope, taskId);
    }

    /** Gives a task the caller holds back to its groups. */
    public TaskSummary unclaim(TaskScope scope, String taskId) {
        Task task = require(scope, taskId);
        if (!scope.userId().equals(task.getAssignee())) {
            throw new ConflictException("conflict.unclaimHolderOnly");
        }
        TaskConflicts.guard(() -> taskService.unclaim(taskId));
        return find(scope, taskId);
    }

    /**
     * Issue #13 item 3: gives back to their groups the tasks {@code holder} holds that none of
     * their groups ({@code stillOffered}) covers any more, or, for a deactivated user
     * ({@code everything}), all of them. Tasks offered to no group (a question put to the reporter
     * alone) stay with them. Answers the tasks given back.
     */
    public List<TaskSummary> giveBackHeldBy(TaskScope stillOffered, boolean everything) {
        List<TaskSummary> givenBack = new java.util.ArrayList<>();
        for (Task task : taskService.createTaskQuery().taskAssignee(stillOffered.userId()).list()) {
            List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                    .map(org.flowable.identitylink.api.IdentityLink::getGroupId).toList();
            boolean stillTheirs = groups.stream().anyMatch(stillOffered.candidateGroups()::contains);
            if (!groups.isEmpty() && (everything || !stillTheirs)) {
                taskService.unclaim(task.getId());
                summary(task.getId()).ifPresent(givenBack::add);
            }
        }
        return givenBack;
    }

    /**
     * Hands a task to {@code workflowUser}, whom the authorisation service has already found to be a
     * member of one of the task's own groups; {@code holder} is whom the caller saw holding it, so
     * a change made meanwhile by someone else is a conflict, not overwritten.
     */
    public TaskSummary reassign(TaskScope scope, String taskId, String holder, String workflowUser) {
        Task task = require(scope, taskId);
        if (!java.util.Objects.equals(holder, task.getAssignee())) {
            throw new ConflictException("conflict.holderChangedMeanwhile");
        }
        TaskConflicts.guard(() -> taskService.setAssignee(taskId, workflowUser));
        return summary(taskId).orElseThrow(() -> new ConflictException("conflict.taskJustCompleted"));
    }

    /**
     * Item 5 of issue #10: a second completion of a task waits here for the first to commit and
     * is then told, in words, that the task has just been completed (if the caller held it; to
     * anyone else it is not found). Without the wait both ran side by side and the engine could
     * fail half-way through the second (seen: a terminate end event finding its case gone).
     */
    private void lockForCompletion(TaskScope scope, String taskId) {
        if (!inboxTasks.lock(taskId) && historyService.createHistoricTaskInstanceQuery().taskId(taskId)
                .taskAssignee(scope.userId()).finished().count() > 0) {
            throw new ConflictException("conflict.taskJustCompleted");
        }
    }

    /** The task with the questions its model asks. */
    public TaskForm form(TaskScope scope, String taskId) {
        Task task = require(scope, taskId);
        String processKey = StepWords.processKeyOf(task.getProcessDefinitionId());
        return new TaskForm(summary(task), StepWords.guidance(processKey, task.getTaskDefinitionKey(), task.getDescription()),
                fields(taskId));
    }

    /**
     * Completes a task the caller has claimed (or was assigned), with the answers its form asks
     * for. Answers are checked first; a domain rule broken on completion (a task listener) is
     * reported like any other invalid answer, and nothing is stored. Only the answers the model's
     * gateways need become process variables ({@link KeptAnswers}); the rest reach the step's
     * rules and the case record as transient variables and are kept in our tables only.
     */
    public TaskSummary complete(TaskScope scope, String taskId, Map<String, String> answers) {
        lockForCompletion(scope, taskId);
        return completeHeld(scope, require(scope, taskId), fields(taskId), answers);
    }

    /** The same over the API: answers typed as JSON, read by the kinds of the form's fields ({@link TaskAnswers#fromJson}). */
    public TaskSummary complete(TaskScope scope, String taskId, jakarta.json.JsonObject answers) {
        lockForCompletion(scope, taskId);
        Task task = require(scope, taskId);
        List<FormField> fields = fields(taskId);
        return completeHeld(scope, task, fields, TaskAnswers.fromJson(fields, answers));
    }

    private TaskSummary completeHeld(TaskScope scope, Task task, List<FormField> fields, Map<String, String> answers) {
        String taskId = task.getId();
        if (!scope.userId().equals(task.getAssignee())) {
            throw new ConflictException("conflict.claimBeforeCompleting");
        }
        Map<String, String> checked = TaskAnswers.check(fields, answers, java.time.LocalDate.now(clock));
        TaskSummary summary = summary(taskId).orElseThrow(() -> new ConflictException("conflict.taskJustCompleted"));
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        Map<String, Object> kept = new HashMap<>();
        Map<String, Object> given = new HashMap<>();
        for (FormField field : fields) {
            String value = checked.get(field.id());
            Object typed = value == null ? null : StepAnswers.variable(field.kind(), value);
            if (typed != null && KeptAnswers.kept(processKey, field.id())) {
                kept.put(field.id(), typed);
            } else if (typed != null) {
                given.put(field.id(), typed);
            }
        }
        given.put(StepCompletedListener.ANSWERED_FIELDS, List.copyOf(checked.keySet()));
        try {
            TaskConflicts.guard(() -> taskService.complete(taskId, kept, given));
        } catch (FlowableException e) {
            throw invalidInputWithin(e).orElseThrow(() -> e);
        }
        return summary;
    }

    private List<FormField> fields(String taskId) {
        var form = formService.getTaskFormData(taskId);
        String processKey = form.getTask() == null ? null : StepWords.processKeyOf(form.getTask().getProcessDefinitionId());
        String taskKey = form.getTask() == null ? null : form.getTask().getTaskDefinitionKey();
        return form.getFormProperties().stream()
                .filter(FormProperty::isWritable)
                .map(TaskInbox::field).map(f -> StepWords.field(processKey, taskKey, f)).toList();
    }

    @SuppressWarnings("unchecked")
    private static FormField field(FormProperty property) {
        FormField.Kind kind = FormField.Kind.ofFormType(property.getType() == null ? null : property.getType().getName());
        Map<String, String> choices = kind == FormField.Kind.CHOICE
                ? (Map<String, String>) property.getType().getInformation("values") : Map.of();
        String pattern = kind == FormField.Kind.DATE ? (String) property.getType().getInformation("datePattern") : null;
        return new FormField(property.getId(), property.getName(), kind, property.isRequired(), choices, pattern);
    }

    private static java.util.Optional<InvalidInputException> invalidInputWithin(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return java.util.Optional.of(invalid);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The case a task belongs to, when it is a child-protection task, whoever asks: for auditing
     * a refused attempt to open one (R-SX-1). Never used to show anything.
     */
    public java.util.Optional<ChildProtectionTask> childProtectionCaseOf(String taskId) {
        if (taskId == null || taskId.isBlank() || taskId.length() > 64) {
            return java.util.Optional.empty();
        }
        Task task = taskService.createTaskQuery().taskId(taskId).processDefinitionKeyIn(
                List.of(ProcessModels.CHILD_PROTECTION_INCIDENT, ProcessModels.CHILD_PROTECTION_REFERRAL)).singleResult();
        if (task == null) {
            return java.util.Optional.empty();
        }
        Object school = taskService.getVariable(taskId, CaseVariables.SCHOOL_ID);
        return java.util.Optional.of(new ChildProtectionTask((String) taskService.getVariable(taskId, CaseVariables.CASE_REFERENCE),
                school instanceof Number n ? n.longValue() : null));
    }

    /** A child-protection case's reference and school, as found from one of its tasks. */
    public record ChildProtectionTask(String caseReference, Long schoolId) {
    }

    /**
     * The open task, when the caller may see it (offered to one of their groups, or held by them).
     * A task finished meanwhile that the caller could see is a conflict ("already completed"), so
     * two people acting at once get an answer in words; any other is not found.
     */
    private Task require(TaskScope scope, String taskId) {
        if (taskId == null || taskId.isBlank() || taskId.length() > 64) {
            throw new NotFoundException("notFound.task");
        }
        if (query.visible(scope, taskId)) {
            Task task = taskService.createTaskQuery().taskId(taskId).active().singleResult();
            if (task != null) {
                return task;
            }
        }
        if (finishedWithin(scope, taskId)) {
            throw new ConflictException("conflict.taskAlreadyCompleted");
        }
        throw new NotFoundException("notFound.task");
    }

    private boolean finishedWithin(TaskScope scope, String taskId) {
        var finished = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (finished == null) {
            return false;
        }
        if (scope.userId() != null && scope.userId().equals(finished.getAssignee())) {
            return true;
        }
        return historyService.getHistoricIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> link.getGroupId() != null && scope.candidateGroups().contains(link.getGroupId()));
    }

    private TaskSummary summary(Task task) {
        return summary(task.getId()).orElseThrow(() -> new ConflictException("conflict.taskJustCompleted"));
    }

    private java.util.Optional<TaskSummary> summary(String taskId) {
        List<TaskSummary> found = summaries(List.of(taskId));
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0));
    }

    private List<TaskSummary> summaries(List<String> taskIds) {
        Map<String, Object[]> rows = query.rows(taskIds);
        java.time.Instant now = clock.instant();
        List<TaskSummary> summaries = new java.util.ArrayList<>();
        for (String id : taskIds) {
            Object[] row = rows.get(id);
            if (row != null) {
                java.time.Instant due = instant(row[5]);
                String groups = (String) row[10];
                summaries.add(new TaskSummary(id, StepWords.name((String) row[11], (String) row[2], (String) row[1]), (String) row[2], (String) row[3], instant(row[4]), due,
                        (String) row[6], truth(row[7]), (String) row[8], due != null && due.isBefore(now),
                        groups == null || groups.isEmpty() ? List.of() : List.of(groups.split(","))));
            }
        }
        return summaries;
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return java.sql.Timestamp.valueOf(local).toInstant();
        }
        return value instanceof Date date ? date.toInstant() : null;
    }
}
