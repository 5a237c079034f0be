package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.safecase.platform.ConflictException;
import org.safecase.platform.NotFoundException;

import java.util.Date;
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

    /** Completes a task the caller has claimed, with the outcome variables it records. */
    public TaskSummary complete(TaskScope scope, String taskId, Map<String, Object> outcome) {
        Task task = require(scope, taskId);
        if (!scope.userId().equals(task.getAssignee())) {
            throw new ConflictException("Claim this task before completing it.");
        }
        TaskSummary summary = summaries(List.of(task)).get(0);
        taskService.complete(taskId, outcome);
        return summary;
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
                t.getAssignee())).toList();
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
