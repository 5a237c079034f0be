package org.safecase.workflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.job.api.Job;
import org.flowable.job.service.impl.persistence.entity.TimerJobEntity;
import org.flowable.task.api.Task;
import org.safecase.workflow.WorkflowEngine;

import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item 6: a moved case keeps its deadlines. Every due date was worked out on the school's
 * working-time calendar when its step began; the engine's migration re-creates a deadline timer
 * whose definition changed (or whose step is re-entered) from the moment of the move, and would
 * re-create a task the same way. So the due dates of the case's open steps and deadline timers
 * are kept before the move and put back after it, and each timer is pointed at the new version
 * (the engine leaves a kept timer on the old one). A deadline the new version still has but the
 * move lost is refused, undoing the move.
 */
@ApplicationScoped
class DueDates {
    @Inject
    WorkflowEngine workflowEngine;

    /** The due dates of a case's open steps (by task, and by step) and deadline timers (by event), as they are. */
    Kept keep(String processInstanceId) {
        Map<String, Date> tasks = new HashMap<>();
        Map<String, Date> steps = new HashMap<>();
        for (Task task : workflowEngine.engine().getTaskService().createTaskQuery().processInstanceId(processInstanceId).list()) {
            tasks.put(task.getId(), task.getDueDate());
            steps.put(task.getTaskDefinitionKey(), task.getDueDate());
        }
        Map<String, Date> timers = new HashMap<>();
        for (Job timer : workflowEngine.engine().getManagementService().createTimerJobQuery()
                .processInstanceId(processInstanceId).list()) {
            if (timer.getElementId() != null) {
                timers.put(timer.getElementId(), timer.getDuedate());
            }
        }
        return new Kept(tasks, steps, timers);
    }

    /** Puts the kept due dates back after the case moved to {@code definitionId}. */
    void restore(String processInstanceId, Kept kept, String definitionId) {
        for (Task task : workflowEngine.engine().getTaskService().createTaskQuery().processInstanceId(processInstanceId).list()) {
            Map<String, Date> source = kept.tasks().containsKey(task.getId()) ? kept.tasks() : kept.steps();
            String key = kept.tasks().containsKey(task.getId()) ? task.getId() : task.getTaskDefinitionKey();
            if (source.containsKey(key) && !same(source.get(key), task.getDueDate())) {
                workflowEngine.engine().getTaskService().setDueDate(task.getId(), source.get(key));
            }
        }
        BpmnModel model = workflowEngine.engine().getRepositoryService().getBpmnModel(definitionId);
        Set<String> timersNow = workflowEngine.engine().getManagementService().executeCommand(context -> {
            Set<String> found = new HashSet<>();
            List<TimerJobEntity> timers = CommandContextUtil.getProcessEngineConfiguration(context).getJobServiceConfiguration()
                    .getTimerJobService().findTimerJobsByProcessInstanceId(processInstanceId);
            for (TimerJobEntity timer : timers) {
                Date due = kept.timers().get(timer.getElementId());
                if (due != null && !same(due, timer.getDuedate())) {
                    timer.setDuedate(due);
                }
                if (timer.getExecutionId() != null && !definitionId.equals(timer.getProcessDefinitionId())) {
                    timer.setProcessDefinitionId(definitionId);
                }
                found.add(timer.getElementId());
            }
            return found;
        });
        for (String event : kept.timers().keySet()) {
            if (model.getFlowElement(event) instanceof BoundaryEvent boundary && !boundary.getEventDefinitions().isEmpty()
                    && boundary.getEventDefinitions().get(0) instanceof TimerEventDefinition && !timersNow.contains(event)) {
                throw new DeadlineNotKeptException(event);
            }
        }
    }

    private static boolean same(Date one, Date other) {
        return one == null ? other == null : other != null && one.getTime() == other.getTime();
    }

    /** Due dates as they were before a move: of each open task (by id, and by step for a task the move re-creates), of each timer (by event). */
    record Kept(Map<String, Date> tasks, Map<String, Date> steps, Map<String, Date> timers) {
    }

    /** A deadline timer the new version still has was not there after the move: the move is undone. */
    static final class DeadlineNotKeptException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeadlineNotKeptException(String event) {
            super("Deadline timer " + event + " was not there after the move");
        }
    }
}
