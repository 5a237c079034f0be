package org.safecase.workflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.safecase.platform.Phrase;
import org.safecase.workflow.WorkflowEngine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item 6: whether one running case can move to another version of its model, and what the move
 * means for it, in words. A step lands on the step of the same id in the other version. A case
 * cannot move when a step it is on (or a point where it waits for parallel steps) is not in the
 * other version or is a different kind of step there, when it is on a step repeated per item
 * (multi-instance: the engine's migration of these is unreliable, flowable-engine #2636, #2559),
 * or when the engine's own validation ({@code ProcessMigrationService}) refuses it. The engine
 * validates only active steps, so a case waiting at a join is checked here. A call activity moves
 * with its case; the workflow it called stays on its own version (it is moved from its own model's page).
 */
@ApplicationScoped
class MigrationCheck {
    private static final Pattern NOT_MAPPED = Pattern.compile("running Activity \\(id:'([^']+)'\\) that is not mapped");
    private static final Pattern CALL_GONE = Pattern.compile("Call activity '([^']+)' does not exist in the new model");
    private static final Pattern CALL_ELSEWHERE = Pattern.compile("Call activity '([^']+)' has a different called element");
    private static final Pattern CALL_KIND = Pattern.compile("Call activity '([^']+)' is not a Call Activity");
    private static final Pattern CALL_LOOP = Pattern.compile("Call activity '([^']+)' has a different loop");

    @Inject
    WorkflowEngine workflowEngine;

    CaseMigrationLine judge(ProcessInstance instance, MigrationTarget target) {
        BpmnModel from = workflowEngine.engine().getRepositoryService().getBpmnModel(instance.getProcessDefinitionId());
        BpmnModel to = workflowEngine.engine().getRepositoryService().getBpmnModel(target.toDefinitionId());
        Map<String, Phrase> reasons = new LinkedHashMap<>();
        List<Phrase> notes = new ArrayList<>();
        List<StepLanding> steps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Execution execution : workflowEngine.engine().getRuntimeService().createExecutionQuery()
                .processInstanceId(instance.getId()).list()) {
            String activityId = execution.getActivityId();
            FlowElement now = activityId == null ? null : from.getFlowElement(activityId);
            if (now == null || now instanceof SubProcess || now instanceof BoundaryEvent || !seen.add(activityId)) {
                continue;
            }
            FlowElement then = to.getFlowElement(activityId);
            if (!(now instanceof Gateway)) {
                steps.add(new StepLanding(activityId, nameOf(now), then == null ? null : nameOf(then)));
            }
            Phrase why = problem(now, then, target.toVersion());
            if (why != null) {
                reasons.put(activityId, why);
            } else if (now instanceof CallActivity) {
                notes.add(Phrase.of("migrate.note.calledStays", nameOf(now)));
            }
        }
        if (reasons.isEmpty()) {
            engineProblems(instance.getId(), target, from).forEach(reasons::putIfAbsent);
        }
        for (Job timer : workflowEngine.engine().getManagementService().createTimerJobQuery()
                .processInstanceId(instance.getId()).list()) {
            if (timer.getElementId() != null && !(to.getFlowElement(timer.getElementId()) instanceof BoundaryEvent)) {
                FlowElement event = from.getFlowElement(timer.getElementId());
                notes.add(Phrase.of("migrate.note.deadlineGone", event == null ? timer.getElementId() : nameOf(event),
                        target.toVersion()));
            }
        }
        steps.sort(Comparator.comparing(StepLanding::now));
        return new CaseMigrationLine(instance.getBusinessKey() == null ? instance.getId() : instance.getBusinessKey(), steps,
                reasons.isEmpty(), reasons.values().stream().map(Phrase::text).toList(), notes.stream().map(Phrase::text).toList());
    }

    private static Phrase problem(FlowElement now, FlowElement then, int version) {
        String name = nameOf(now);
        if (then == null) {
            return Phrase.of(now instanceof Gateway ? "migrate.reason.waitGone" : "migrate.reason.stepGone", name, version);
        }
        if (repeats(now) || repeats(then)) {
            return Phrase.of("migrate.reason.repeating", name);
        }
        if (!now.getClass().equals(then.getClass())) {
            return Phrase.of("migrate.reason.kindChanged", name, version);
        }
        if (now instanceof CallActivity call && !Objects.equals(call.getCalledElement(), ((CallActivity) then).getCalledElement())) {
            return Phrase.of("migrate.reason.callChanged", name, version);
        }
        return null;
    }

    /**
     * The engine's validation of the move, each message in our words where we know it (keyed by
     * the step it names), else quoted: its messages name element ids, never case content.
     */
    private Map<String, Phrase> engineProblems(String processInstanceId, MigrationTarget target, BpmnModel from) {
        Map<String, Phrase> problems = new LinkedHashMap<>();
        for (String message : workflowEngine.engine().getProcessMigrationService().createProcessInstanceMigrationBuilder()
                .migrateToProcessDefinition(target.toDefinitionId()).validateMigration(processInstanceId).getValidationMessages()) {
            Phrase phrase = null;
            String step = null;
            for (Map.Entry<Pattern, String> known : Map.of(NOT_MAPPED, "migrate.reason.stepGone", CALL_GONE, "migrate.reason.stepGone",
                    CALL_ELSEWHERE, "migrate.reason.callChanged", CALL_KIND, "migrate.reason.kindChanged",
                    CALL_LOOP, "migrate.reason.repeating").entrySet()) {
                Matcher matcher = known.getKey().matcher(message);
                if (matcher.find()) {
                    step = matcher.group(1);
                    FlowElement element = from.getFlowElement(step);
                    phrase = Phrase.of(known.getValue(), element == null ? step : nameOf(element), target.toVersion());
                    break;
                }
            }
            problems.putIfAbsent(step == null ? message : step, phrase == null ? Phrase.of("migrate.reason.engine", message) : phrase);
        }
        return problems;
    }

    /** Whether a step repeats per item, or lies inside a sub-process that does. */
    private static boolean repeats(FlowElement element) {
        for (FlowElement scope = element; scope != null; scope = scope.getSubProcess()) {
            if (scope instanceof Activity activity && activity.hasMultiInstanceLoopCharacteristics()) {
                return true;
            }
        }
        return false;
    }

    /** A step's name as its model gives it (whitespace tidied), or its id when it has none. */
    static String nameOf(FlowElement element) {
        String name = element.getName();
        return name == null || name.isBlank() ? element.getId() : name.strip().replaceAll("\\s+", " ");
    }
}
