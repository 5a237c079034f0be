package org.safecase.workflow;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

import java.util.function.Consumer;

/** Passes every task creation to a handler, in the engine's transaction. */
final class TaskCreatedListener extends EngineListener {
    private final Consumer<TaskCreated> handler;

    TaskCreatedListener(Consumer<TaskCreated> handler) {
        this.handler = handler;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event.getType() == FlowableEngineEventType.TASK_CREATED && event instanceof FlowableEntityEvent entityEvent
                && entityEvent.getEntity() instanceof TaskEntity task) {
            Object school = task.getVariable(CaseVariables.SCHOOL_ID);
            String reference = task.getProcessInstanceId() == null ? null
                    : CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId()).getBusinessKey();
            handler.accept(new TaskCreated(task.getId(), reference, school instanceof Number n ? n.longValue() : null,
                    Boolean.TRUE.equals(task.getVariable(CaseVariables.URGENT))));
        }
    }
}
