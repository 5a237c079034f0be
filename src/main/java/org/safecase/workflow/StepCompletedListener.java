package org.safecase.workflow;

import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FormProperty;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.engine.delegate.event.FlowableActivityEvent;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.job.api.Job;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Engine-wide: turns every completed user or service task into a {@link CompletedStep} and every fired
 * deadline timer into a {@link MissedDeadline}, and hands them to {@link StepRecords} in the
 * engine's transaction, so a record that cannot be written rolls the step back. Being on the
 * engine rather than in the models, it serves every deployed version of every model.
 */
final class StepCompletedListener extends EngineListener {
    /** Transient variable set by {@link TaskInbox#complete}: the fields answered at this step. */
    static final String ANSWERED_FIELDS = "answeredFields";

    private final StepRecords records;

    StepCompletedListener(StepRecords records) {
        this.records = records;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event.getType() == FlowableEngineEventType.ACTIVITY_COMPLETED && event instanceof FlowableActivityEvent activity
                && "serviceTask".equals(activity.getActivityType()) && activity.getProcessDefinitionId() != null) {
            records.record(serviceStep(activity));
        } else if (event.getType() == FlowableEngineEventType.TASK_COMPLETED && event instanceof FlowableEntityEvent entityEvent
                && entityEvent.getEntity() instanceof TaskEntity task && task.getProcessDefinitionId() != null) {
            records.record(completed(task));
        } else if (event.getType() == FlowableEngineEventType.TIMER_FIRED && event instanceof FlowableEntityEvent entityEvent
                && entityEvent.getEntity() instanceof Job job && job.getProcessDefinitionId() != null) {
            missed(job);
        }
    }

    private CompletedStep completed(TaskEntity task) {
        Process process = ProcessDefinitionUtil.getProcess(task.getProcessDefinitionId());
        FlowElement element = process.getFlowElement(task.getTaskDefinitionKey(), true);
        List<FormProperty> properties = element instanceof UserTask userTask ? userTask.getFormProperties() : List.of();
        Object answered = task.getVariable(ANSWERED_FIELDS);
        List<StepAnswer> answers = new ArrayList<>();
        for (FormProperty property : properties) {
            if (!property.isWriteable()) {
                continue;
            }
            if (answered instanceof Collection<?> keys && !keys.contains(property.getId())) {
                answers.add(StepAnswers.of(property, null));
                continue;
            }
            String variable = property.getVariable() == null ? property.getId() : property.getVariable();
            answers.add(StepAnswers.of(property, task.getVariable(variable)));
        }
        Integer childNumber = element instanceof UserTask userTask && userTask.hasMultiInstanceLoopCharacteristics()
                && task.getVariable(CaseVariables.LOOP_COUNTER) instanceof Number n ? n.intValue() + 1 : null;
        return new CompletedStep(process.getId(), task.getTaskDefinitionKey(), task.getName(), task.getId(),
                task.getProcessInstanceId(), caseReference(task.getProcessInstanceId()), task.getAssignee(), now(),
                answers, childNumber, null);
    }

    private CompletedStep serviceStep(FlowableActivityEvent activity) {
        String processKey = ProcessDefinitionUtil.getProcess(activity.getProcessDefinitionId()).getId();
        var execution = CommandContextUtil.getExecutionEntityManager().findById(activity.getExecutionId());
        return new CompletedStep(processKey, activity.getActivityId(), activity.getActivityName(), null,
                activity.getProcessInstanceId(), caseReference(activity.getProcessInstanceId()), null, now(), List.of(),
                null, execution == null ? null : execution.getVariables());
    }

    private void missed(Job job) {
        Process process = ProcessDefinitionUtil.getProcess(job.getProcessDefinitionId());
        FlowElement element = job.getElementId() == null ? null : process.getFlowElement(job.getElementId(), true);
        if (element instanceof BoundaryEvent boundary && !boundary.getEventDefinitions().isEmpty()
                && boundary.getEventDefinitions().get(0) instanceof TimerEventDefinition) {
            records.missed(new MissedDeadline(process.getId(), boundary.getId(), boundary.getAttachedToRefId(),
                    job.getProcessInstanceId(), caseReference(job.getProcessInstanceId()),
                    job.getDuedate() == null ? null : job.getDuedate().toInstant(), now()));
        }
    }

    private static String caseReference(String processInstanceId) {
        return processInstanceId == null ? null
                : CommandContextUtil.getExecutionEntityManager().findById(processInstanceId).getBusinessKey();
    }

    private static Instant now() {
        return CommandContextUtil.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
    }
}
