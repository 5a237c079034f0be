package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FormProperty;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricActivityInstanceQuery;
import org.flowable.engine.history.HistoricDetail;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.history.HistoricFormProperty;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays the engine's history into the case record, for cases begun before the record existed
 * (the upgrade to the version that keeps it): every user task, service task and deadline timer
 * that finished before a given moment, oldest first, goes through the same {@link StepRecords}
 * as a step completed today. The answers come from the form properties the engine kept per task
 * ({@code ACT_HI_DETAIL}); where it kept none (a task completed without a form), from the
 * variables of its process instance ({@code ACT_HI_VARINST}).
 */
@ApplicationScoped
public class StepHistory {
    private static final Set<String> REPLAYED = Set.of("userTask", "serviceTask", "boundaryEvent");

    @Inject
    HistoryService history;
    @Inject
    RepositoryService repository;
    @Inject
    StepRecords records;

    /** How many finished steps and timers there are to replay before {@code until}. */
    public long count(Instant until) {
        return finishedBefore(until).count();
    }

    /** Replays one page, oldest first; returns how many history entries it read. */
    public int replay(Instant until, int first, int size) {
        List<HistoricActivityInstance> page = finishedBefore(until).orderByHistoricActivityInstanceEndTime().asc()
                .orderByHistoricActivityInstanceId().asc().listPage(first, size);
        for (HistoricActivityInstance activity : page) {
            replay(activity);
        }
        return page.size();
    }

    private HistoricActivityInstanceQuery finishedBefore(Instant until) {
        return history.createHistoricActivityInstanceQuery().finished().activityTypes(REPLAYED)
                .finishedBefore(Date.from(until));
    }

    private void replay(HistoricActivityInstance activity) {
        Process process = repository.getBpmnModel(activity.getProcessDefinitionId()).getMainProcess();
        FlowElement element = process.getFlowElement(activity.getActivityId(), true);
        String reference = businessKey(activity.getProcessInstanceId());
        if (reference == null) {
            return;
        }
        Instant at = activity.getEndTime().toInstant();
        if (element instanceof UserTask userTask && activity.getTaskId() != null) {
            HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(activity.getTaskId()).singleResult();
            records.record(new CompletedStep(process.getId(), userTask.getId(), task == null ? activity.getActivityName()
                    : task.getName(), activity.getTaskId(), activity.getProcessInstanceId(), reference,
                    task == null ? activity.getAssignee() : task.getAssignee(), at, answers(userTask, activity),
                    userTask.hasMultiInstanceLoopCharacteristics() ? childNumber(activity) : null, null));
        } else if ("serviceTask".equals(activity.getActivityType())) {
            records.record(new CompletedStep(process.getId(), activity.getActivityId(), activity.getActivityName(), null,
                    activity.getProcessInstanceId(), reference, null, at, List.of(), null,
                    variables(activity.getProcessInstanceId())));
        } else if (element instanceof BoundaryEvent boundary && !boundary.getEventDefinitions().isEmpty()
                && boundary.getEventDefinitions().get(0) instanceof TimerEventDefinition && fired(boundary, activity)) {
            HistoricTaskInstance watched = history.createHistoricTaskInstanceQuery()
                    .processInstanceId(activity.getProcessInstanceId()).taskDefinitionKey(boundary.getAttachedToRefId())
                    .orderByHistoricTaskInstanceStartTime().asc().listPage(0, 1).stream().findFirst().orElse(null);
            records.missed(new MissedDeadline(process.getId(), boundary.getId(), boundary.getAttachedToRefId(),
                    activity.getProcessInstanceId(), reference,
                    watched == null || watched.getDueDate() == null ? null : watched.getDueDate().toInstant(),
                    activity.getStartTime().toInstant()));
        }
    }

    /**
     * Whether a timer fired: the engine keeps a boundary event in its history whether it fired or
     * was cancelled with its step; only a fired one took its outgoing flow.
     */
    private boolean fired(BoundaryEvent boundary, HistoricActivityInstance activity) {
        return boundary.getOutgoingFlows().stream().anyMatch(flow -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(activity.getProcessInstanceId()).activityId(flow.getId()).count() > 0);
    }

    private List<StepAnswer> answers(UserTask userTask, HistoricActivityInstance activity) {
        Map<String, String> submitted = new HashMap<>();
        for (HistoricDetail detail : history.createHistoricDetailQuery().formProperties().taskId(activity.getTaskId())
                .list()) {
            if (detail instanceof HistoricFormProperty property) {
                submitted.put(property.getPropertyId(), property.getPropertyValue());
            }
        }
        Map<String, Object> fallback = submitted.isEmpty() ? variables(activity.getProcessInstanceId()) : Map.of();
        List<StepAnswer> answers = new ArrayList<>();
        for (FormProperty property : userTask.getFormProperties()) {
            if (property.isWriteable()) {
                Object value = submitted.isEmpty() ? fallback.get(property.getId()) : submitted.get(property.getId());
                answers.add(StepAnswers.of(property, value));
            }
        }
        return answers;
    }

    private Integer childNumber(HistoricActivityInstance activity) {
        HistoricVariableInstance loop = history.createHistoricVariableInstanceQuery().executionId(activity.getExecutionId())
                .variableName(CaseVariables.LOOP_COUNTER).singleResult();
        return loop != null && loop.getValue() instanceof Number n ? n.intValue() + 1 : null;
    }

    private Map<String, Object> variables(String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).list()) {
            if (variable.getValue() != null) {
                values.putIfAbsent(variable.getVariableName(), variable.getValue());
            }
        }
        return values;
    }

    private String businessKey(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }
}
