package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;

import java.time.Instant;
import java.util.List;

/** The steps of a case from the engine's history: those done (by whom, when) and those open. */
@ApplicationScoped
public class CaseSteps {
    /** A case with more steps than this is shown in part; none of the models comes near it. */
    public static final int MAX_STEPS = 500;

    @Inject
    HistoryService historyService;
    @Inject
    TaskService taskService;

    public List<Step> done(String caseReference) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseReference).finished()
                .orderByHistoricTaskInstanceEndTime().asc().listPage(0, MAX_STEPS).stream()
                .map(t -> new Step(t.getId(), nameOf(t), t.getEndTime().toInstant(), t.getAssignee(), null)).toList();
    }

    public List<Step> open(String caseReference) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseReference).active()
                .orderByTaskCreateTime().asc().listPage(0, MAX_STEPS).stream()
                .map(t -> new Step(t.getId(), nameOf(t), t.getCreateTime().toInstant(), t.getAssignee(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant())).toList();
    }

    private static String nameOf(org.flowable.task.api.TaskInfo task) {
        return StepWords.name(StepWords.processKeyOf(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), task.getName());
    }

    /** A step: its task, its name in the reader's words (the model's, for a task the bundle does not name), when it happened (or opened), who, and when due. */
    public record Step(String taskId, String name, Instant at, String workflowUser, Instant due) {
    }
}
