package org.safecase.workflow;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventType;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

import java.util.List;
import java.util.Set;

/**
 * Engine-wide: keeps the inbox's read model ({@link InboxTasks}) in step with every change the
 * engine makes to a task, in the engine's transaction: created, assigned or unassigned, due date,
 * priority or name changed, updated, suspended and activated (rewritten whole), candidate groups
 * and users added or removed, completed and deleted (removed). Instance migration has no event;
 * {@link InboxMigrationCallback} rewrites the migrated instance's tasks.
 */
final class InboxTaskListener extends EngineListener {
    /** The events that rewrite a task's row whole. */
    static final Set<FlowableEngineEventType> REWRITE = Set.of(FlowableEngineEventType.TASK_CREATED,
            FlowableEngineEventType.TASK_ASSIGNED, FlowableEngineEventType.TASK_DUEDATE_CHANGED,
            FlowableEngineEventType.TASK_PRIORITY_CHANGED, FlowableEngineEventType.TASK_NAME_CHANGED,
            FlowableEngineEventType.ENTITY_UPDATED, FlowableEngineEventType.ENTITY_SUSPENDED,
            FlowableEngineEventType.ENTITY_ACTIVATED);
    /** Every event type this listener needs to be registered for. */
    static final List<FlowableEngineEventType> EVENTS = List.of(FlowableEngineEventType.TASK_CREATED,
            FlowableEngineEventType.TASK_ASSIGNED, FlowableEngineEventType.TASK_DUEDATE_CHANGED,
            FlowableEngineEventType.TASK_PRIORITY_CHANGED, FlowableEngineEventType.TASK_NAME_CHANGED,
            FlowableEngineEventType.ENTITY_UPDATED, FlowableEngineEventType.ENTITY_SUSPENDED,
            FlowableEngineEventType.ENTITY_ACTIVATED, FlowableEngineEventType.ENTITY_CREATED,
            FlowableEngineEventType.ENTITY_DELETED, FlowableEngineEventType.TASK_COMPLETED);

    private final InboxTasks tasks;

    InboxTaskListener(InboxTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent)) {
            return;
        }
        FlowableEventType type = event.getType();
        Object entity = entityEvent.getEntity();
        if (entity instanceof TaskEntity task) {
            if (type == FlowableEngineEventType.TASK_COMPLETED || type == FlowableEngineEventType.ENTITY_DELETED) {
                tasks.remove(task.getId());
            } else if (REWRITE.contains(type) && !task.isDeleted()) {
                tasks.write(OpenTasks.of(task));
            }
        } else if (entity instanceof IdentityLinkEntity link && link.getTaskId() != null
                && IdentityLinkType.CANDIDATE.equals(link.getType())) {
            String audience = link.getGroupId() != null ? link.getGroupId() : link.getUserId();
            if (audience == null) {
                return;
            }
            if (type == FlowableEngineEventType.ENTITY_CREATED) {
                tasks.addAudience(link.getTaskId(), audience);
            } else if (type == FlowableEngineEventType.ENTITY_DELETED) {
                tasks.removeAudience(link.getTaskId(), audience);
            }
        }
    }
}
