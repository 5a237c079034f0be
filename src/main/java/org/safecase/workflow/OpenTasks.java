package org.safecase.workflow;

import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;

/** Reads an {@link OpenTask} off the engine's task, inside an engine command. */
final class OpenTasks {
    private OpenTasks() {
    }

    static OpenTask of(TaskEntity task) {
        Set<String> groups = new TreeSet<>();
        Set<String> users = new TreeSet<>();
        for (IdentityLinkInfo link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                } else if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
            }
        }
        String processKey = task.getProcessDefinitionId() == null ? null
                : ProcessDefinitionUtil.getProcess(task.getProcessDefinitionId()).getId();
        Object school = task.getProcessInstanceId() == null ? null : task.getVariable(CaseVariables.SCHOOL_ID);
        Object category = task.getProcessInstanceId() == null ? null : task.getVariable(CaseVariables.CATEGORY);
        return new OpenTask(task.getId(), task.getProcessInstanceId(), processKey, task.getTaskDefinitionKey(),
                task.getName(), school instanceof Number n ? n.longValue() : null, reference(task),
                category instanceof String c && c.length() <= 40 ? c : null,
                task.getPriority() >= TaskSummary.URGENT_PRIORITY, instant(task.getDueDate()),
                instant(task.getCreateTime()), task.getAssignee(), groups, users, task.isSuspended());
    }

    private static String reference(TaskEntity task) {
        if (task.getProcessInstanceId() == null) {
            return null;
        }
        ProcessInstance instance = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
        String key = instance == null ? null : instance.getBusinessKey();
        if (key == null && task.getVariable(CaseVariables.CASE_REFERENCE) instanceof String reference) {
            key = reference;
        }
        return key != null && key.length() <= 40 ? key : null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
