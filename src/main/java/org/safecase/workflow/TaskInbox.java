package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.FormService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.form.FormProperty;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.safecase.identity.TaskScope;
import org.safecase.platform.ConflictException;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    public TaskPage page(TaskScope scope, int first, int size, boolean dueSoonestFirst) {
        return new TaskPage(list(scope, first, size, dueSoonestFirst), count(scope));
    }

    public long count(TaskScope scope) {
        return visibleTo(scope).count();
    }

    /** One page, sorted by due date (then age) in the database; at most {@value #MAX_PAGE_SIZE} rows. */
    public List<TaskSummary> list(TaskScope scope, int first, int size, boolean dueSoonestFirst) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        TaskQuery query = visibleTo(scope).orderByTaskDueDate();
        query = dueSoonestFirst ? query.asc() : query.desc();
        return summaries(query.orderByTaskCreateTime().asc().listPage(Math.max(0, first), pageSize));
    }

    public TaskSummary find(TaskScope scope, String taskId) {
        return summaries(List.of(require(scope, taskId))).get(0);
    }

    /** Claims an unclaimed task for the caller; claiming one's own task again is harmless. */
    public TaskSummary claim(TaskScope scope, String taskId) {
        Task task = require(scope, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(scope.userId())) {
            throw new ConflictException("This task has already been claimed by someone else.");
        }
        if (task.getAssignee() == null) {
            taskService.claim(taskId, scope.userId());
        }
        return find(scope, taskId);
    }

    /** The task with the questions its model asks. */
    public TaskForm form(TaskScope scope, String taskId) {
        Task task = require(scope, taskId);
        return new TaskForm(summaries(List.of(task)).get(0), task.getDescription(), fields(taskId));
    }

    /**
     * Completes a task the caller has claimed (or was assigned), with the answers its form asks
     * for. Answers are checked first; a domain rule broken on completion (a task listener) is
     * reported like any other invalid answer, and nothing is stored. Only the answers the model's
     * gateways need become process variables ({@link KeptAnswers}); the rest reach the step's
     * rules and the case record as transient variables and are kept in our tables only.
     */
    public TaskSummary complete(TaskScope scope, String taskId, Map<String, String> answers) {
        Task task = require(scope, taskId);
        if (!scope.userId().equals(task.getAssignee())) {
            throw new ConflictException("Claim this task before completing it.");
        }
        List<FormField> fields = fields(taskId);
        Map<String, String> checked = TaskAnswers.check(fields, answers);
        TaskSummary summary = summaries(List.of(task)).get(0);
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
            taskService.complete(taskId, kept, given);
        } catch (FlowableException e) {
            throw invalidInputWithin(e).orElseThrow(() -> e);
        }
        return summary;
    }

    private List<FormField> fields(String taskId) {
        return formService.getTaskFormData(taskId).getFormProperties().stream()
                .filter(FormProperty::isWritable)
                .map(TaskInbox::field).toList();
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

    private Task require(TaskScope scope, String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw new NotFoundException("Task");
        }
        Task task = visibleTo(scope).taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("Task");
        }
        return task;
    }

    private TaskQuery visibleTo(TaskScope scope) {
        TaskQuery query = taskService.createTaskQuery().active().or();
        if (scope.userId() != null) {
            query = query.taskAssignee(scope.userId());
        }
        if (!scope.candidateGroups().isEmpty()) {
            query = query.taskCandidateGroupIn(scope.candidateGroups());
        }
        return query.endOr();
    }

    private List<TaskSummary> summaries(List<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> references = instanceIds.isEmpty() ? Map.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return tasks.stream().map(t -> new TaskSummary(t.getId(), t.getName(), t.getTaskDefinitionKey(),
                references.get(t.getProcessInstanceId()), instant(t.getCreateTime()), instant(t.getDueDate()),
                t.getAssignee(), t.getPriority() >= TaskSummary.URGENT_PRIORITY)).toList();
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
