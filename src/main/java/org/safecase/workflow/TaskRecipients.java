package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;

import java.util.List;
import java.util.Optional;

/** Who may work on an open task right now: its assignee, or its candidate groups. */
@ApplicationScoped
public class TaskRecipients {
    @Inject
    TaskService taskService;

    /** Empty when the task is no longer open (done before anyone was told). */
    public Optional<Recipients> of(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).active().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        List<String> groups = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        return Optional.of(new Recipients(task.getAssignee(), groups));
    }

    /** A workflow user id ({@code user:<id>}) or candidate group names. */
    public record Recipients(String assignee, List<String> candidateGroups) {
    }
}
